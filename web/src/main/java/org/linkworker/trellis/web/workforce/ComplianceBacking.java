package org.linkworker.trellis.web.workforce;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;
import org.linkworker.trellis.workforce.boundary.ComplianceReport;
import org.linkworker.trellis.workforce.boundary.ComplianceService;
import org.linkworker.trellis.workforce.boundary.ComplianceService.SchemeChoice;

/**
 * Backs {@code /workforce/compliance.xhtml}: a person's compliance on a day with every scheme they
 * are under, each part with what it requires, what is achieved and what is missing; and the schemes
 * they may choose to be under (the three-year scheme), which they or their employer turn on and
 * off. Without {@code ?username=} it is the signed-in person's own; without {@code ?on=}, today.
 */
@Named
@RequestScoped
public class ComplianceBacking {

  static final String USERNAME_PARAMETER = "username";

  /** The hidden field of each choice's form that names its scheme. */
  static final String SCHEME_PARAMETER = "scheme";

  private ComplianceService compliance;
  private CurrentCaller currentCaller;

  private String username;
  private String on;
  private String done;
  private List<ComplianceReport> reports = List.of();
  private List<SchemeChoice> choices;

  @Inject
  public ComplianceBacking(ComplianceService compliance, CurrentCaller currentCaller) {
    this.compliance = compliance;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected ComplianceBacking() {}

  private String whose() {
    if (Blank.orNull(username) == null) {
      username =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get(USERNAME_PARAMETER);
    }
    return Blank.orNull(username) == null ? currentCaller.get().username() : username.strip();
  }

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    LocalDate day = null;
    if (Blank.orNull(on) != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        FieldMessages.error(context, "on", Texts.text("workforce_compliance.on.invalid"));
      }
    }
    try {
      reports = compliance.everyScheme(caller, whose(), day);
      choices = compliance.choicesOf(caller, whose());
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
    }
  }

  /** The button that puts the person under a chosen scheme, or takes them out of it. */
  public void toggle() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String scheme = context.getExternalContext().getRequestParameterMap().get(SCHEME_PARAMETER);
    boolean under;
    try {
      under =
          compliance.choicesOf(caller, whose()).stream()
              .anyMatch(c -> c.scheme().code().equals(scheme) && c.under());
      compliance.choose(caller, whose(), scheme, !under);
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, Texts.text("workforce_compliance.choose.refused"));
      load();
      return;
    }
    StringBuilder target =
        new StringBuilder(context.getExternalContext().getRequestContextPath())
            .append("/workforce/compliance.xhtml?done=")
            .append(under ? "left" : "joined");
    if (!own()) {
      target.append("&username=").append(whose());
    }
    context.getExternalContext().redirect(target.toString());
  }

  private boolean own() {
    return whose().equals(currentCaller.get().username());
  }

  /**
   * Whether the signed-in person may put this person under a scheme: themself or their employer.
   */
  public boolean isMayChoose() {
    return own() || currentCaller.get().has(Role.EMPLOYER);
  }

  /**
   * The schemes this person may be put under or taken out of by choice; read here too, since a
   * postback decodes the choice forms before any view action runs.
   */
  public List<SchemeChoice> getChoosable() {
    if (choices == null) {
      try {
        choices = compliance.choicesOf(currentCaller.get(), whose());
      } catch (NotVisibleException notVisible) {
        choices = List.of();
      }
    }
    return choices.stream().filter(c -> c.scheme().appliesTo().name().equals("CHOSEN")).toList();
  }

  /** The sentence after a choice was saved. */
  public String getDoneMessage() {
    return switch (done == null ? "" : done) {
      case "joined" -> Texts.text("workforce_compliance.done.joined");
      case "left" -> Texts.text("workforce_compliance.done.left");
      default -> null;
    };
  }

  /** The label of a part: the bundle's for a known part code, else the code (a competency). */
  public String partLabel(String part) {
    String key = "workforce_compliance.part." + part;
    return Texts.has(key) ? Texts.text(key) : part;
  }

  public List<ComplianceReport> getReports() {
    return reports;
  }

  public boolean isOwn() {
    return own();
  }

  public String getWorker() {
    return whose();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }
}
