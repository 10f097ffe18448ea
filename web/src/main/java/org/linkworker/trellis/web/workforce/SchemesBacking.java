package org.linkworker.trellis.web.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.ComplianceService;
import org.linkworker.trellis.workforce.boundary.SchemeInput;
import org.linkworker.trellis.workforce.boundary.SchemeView;

/**
 * Backs {@code /workforce/schemes.xhtml}: an organisation's own mandatory-training schemes, for its
 * employer (who defines them) and the steward. Items are written one per line, a competency code
 * and a refresher interval in months ({@code PC.1 12}), so a long list is typed or pasted at once.
 */
@Named
@RequestScoped
public class SchemesBacking {

  static final Map<String, String> INPUTS =
      Map.of("code", "scheme-code", "title", "scheme-title", "items", "scheme-items");

  private ComplianceService compliance;
  private CurrentCaller currentCaller;

  private String id;
  private String done;
  private String code;
  private String title;
  private String items;
  private List<SchemeView> schemes = List.of();

  @Inject
  public SchemesBacking(ComplianceService compliance, CurrentCaller currentCaller) {
    this.compliance = compliance;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected SchemesBacking() {}

  private String organisation() {
    if (Blank.orNull(id) == null) {
      id =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    }
    return Blank.orNull(id) == null ? currentCaller.get().organisationId() : id.strip();
  }

  /** The page's view action. */
  public void load() {
    if (!read()) {
      Refusals.notFound(FacesContext.getCurrentInstance());
    }
  }

  private boolean read() {
    String organisation = organisation();
    if (organisation == null) {
      return false;
    }
    try {
      schemes = compliance.schemesOfOrganisation(currentCaller.get(), organisation);
      return true;
    } catch (NotVisibleException notVisible) {
      return false;
    }
  }

  /** The define form's button. */
  public void define() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    List<SchemeInput.Item> parsed = new ArrayList<>();
    String[] lines = items == null ? new String[0] : items.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] words = line.split("[\\s,;:]+");
      Integer months = null;
      if (words.length == 2) {
        try {
          months = Integer.valueOf(words[1]);
        } catch (NumberFormatException e) {
          months = null;
        }
      }
      if (months == null) {
        FieldMessages.error(
            context, "scheme-items", Texts.text("workforce_schemes.items.line", i + 1, line));
        read();
        return;
      }
      parsed.add(new SchemeInput.Item(words[0], months));
    }
    String code = Blank.orNull(this.code) == null ? null : this.code.strip();
    if (FieldMessages.attempt(
            context,
            INPUTS,
            () ->
                compliance.define(
                    caller,
                    organisation(),
                    new SchemeInput(code, Blank.orNull(title), List.copyOf(parsed))))
        .isEmpty()) {
      read();
      return;
    }
    StringBuilder target =
        new StringBuilder(context.getExternalContext().getRequestContextPath())
            .append("/workforce/schemes.xhtml?done=defined");
    if (Blank.orNull(id) != null) {
      target.append("&id=").append(id.strip());
    }
    context.getExternalContext().redirect(target.toString());
  }

  public String getDoneMessage() {
    return "defined".equals(done) ? Texts.text("workforce_schemes.done.defined") : null;
  }

  public List<SchemeView> getSchemes() {
    return schemes;
  }

  public String getOrganisation() {
    return organisation();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getItems() {
    return items;
  }

  public void setItems(String items) {
    this.items = items;
  }
}
