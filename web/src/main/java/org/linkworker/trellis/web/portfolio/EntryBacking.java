package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.portfolio.boundary.EntryAccess;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /portfolio/entry.xhtml}: one entry with its claims, and its reflection for those who
 * may read it; the worker edits and submits it while it is a draft or returned, their supervisor
 * verifies it (with an optional note) or returns it (with a reason) once it is submitted. Opening
 * it marks the opener's notifications about it read. Each action comes back to the page with what
 * it did, so a reload repeats nothing.
 */
@Named
@RequestScoped
public class EntryBacking {

  /** The prefix of the sentence each outcome of {@code ?done=} shows. */
  static final String DONE_PREFIX = "portfolio_entry.done.";

  /** The outcomes the page reports; any other {@code ?done=} shows nothing. */
  static final Set<String> OUTCOMES = Set.of("added", "saved", "submitted", "verified", "returned");

  private PortfolioService portfolio;
  private NotificationService notifications;
  private CurrentCaller currentCaller;

  private String id;
  private String done;
  private String note;
  private String reason;
  private EntryAccess access;

  @Inject
  public EntryBacking(
      PortfolioService portfolio, NotificationService notifications, CurrentCaller currentCaller) {
    this.portfolio = portfolio;
    this.notifications = notifications;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected EntryBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Optional<EntryAccess> found = portfolio.access(currentCaller.get(), id);
    if (found.isEmpty()) {
      Refusals.notFound(context);
      return;
    }
    access = found.get();
    notifications.markReadAbout(currentCaller.get(), id);
  }

  /** The worker's submit button. */
  public void submit() throws IOException {
    act(() -> portfolio.submit(currentCaller.get(), id), "submitted", null);
  }

  /** The supervisor's verify button, with the optional note. */
  public void verify() throws IOException {
    act(() -> portfolio.verify(currentCaller.get(), id, note), "verified", "decision-note");
  }

  /** The supervisor's return button, with the reason. */
  public void returnEntry() throws IOException {
    act(() -> portfolio.returnEntry(currentCaller.get(), id, reason), "returned", "return-reason");
  }

  private void act(Runnable action, String outcome, String input) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      action.run();
    } catch (InvalidInputException invalid) {
      invalid.fieldErrors().values().forEach(m -> FieldMessages.error(context, input, m));
      reload();
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      reload();
      return;
    }
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/portfolio/entry.xhtml?id="
            + URLEncoder.encode(id, StandardCharsets.UTF_8)
            + "&done="
            + outcome);
  }

  /** After a refused action the page is shown again as the entry now is. */
  private void reload() {
    access = portfolio.access(currentCaller.get(), id).orElse(null);
  }

  public EntryView getEntry() {
    return access == null ? null : access.entry();
  }

  public EntryAccess getAccess() {
    return access;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** What the last action did ({@code added}, {@code saved}, {@code submitted}, ...). */
  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  /** The sentence saying what the last action did, or null. */
  public String getDoneMessage() {
    return done != null && OUTCOMES.contains(done) ? Texts.text(DONE_PREFIX + done) : null;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
