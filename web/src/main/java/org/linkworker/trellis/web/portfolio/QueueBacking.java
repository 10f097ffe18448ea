package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /portfolio/queue.xhtml}: the supervisor's queue of submitted entries from the link
 * workers they supervise, oldest first, each verified (with an optional note) or returned (with a
 * reason) by one button. Each row's form names its entry in a field of its own, so a decision goes
 * to the entry it was made on even if the queue changed in between.
 */
@Named
@RequestScoped
public class QueueBacking {

  /** The form field with the entry a row's decision is about. */
  static final String ENTRY_PARAMETER = "entry";

  private PortfolioService portfolio;
  private CurrentCaller currentCaller;

  private List<EntryView> entries;
  private String done;
  private String note;

  @Inject
  public QueueBacking(PortfolioService portfolio, CurrentCaller currentCaller) {
    this.portfolio = portfolio;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected QueueBacking() {}

  /** The page's view action: only supervisors have a queue. */
  public void load() {
    if (!currentCaller.get().has(Role.SUPERVISOR)) {
      Refusals.forbidden(FacesContext.getCurrentInstance());
    }
  }

  /** The queue, oldest submission first. */
  public List<EntryView> getEntries() {
    if (entries == null) {
      entries = portfolio.queue(currentCaller.get());
    }
    return entries;
  }

  /** A row's verify button. */
  public void verify() throws IOException {
    decide(true);
  }

  /** A row's return button. */
  public void returnEntry() throws IOException {
    decide(false);
  }

  private void decide(boolean verify) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Map<String, String> posted = context.getExternalContext().getRequestParameterMap();
    String entry = posted.get(ENTRY_PARAMETER);
    Caller caller = currentCaller.get();
    try {
      if (verify) {
        portfolio.verify(caller, entry, note);
      } else {
        portfolio.returnEntry(caller, entry, note);
      }
    } catch (InvalidInputException invalid) {
      // A return without a reason: said above the queue, naming the entry.
      invalid.fieldErrors().values().forEach(m -> FieldMessages.error(context, null, m));
      entries = null;
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      entries = null;
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/portfolio/queue.xhtml?done="
            + (verify ? "verified" : "returned"));
  }

  /** The note or reason typed into the row whose form was posted. */
  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = Blank.orNull(note);
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }
}
