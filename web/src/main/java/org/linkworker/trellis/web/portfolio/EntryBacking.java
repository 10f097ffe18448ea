package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.notification.boundary.NotificationService;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.portfolio.boundary.EntryAccess;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.EvidenceContent;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;
import org.linkworker.trellis.portfolio.boundary.EvidenceView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.web.faces.Downloads;
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
  static final Set<String> OUTCOMES =
      Set.of("added", "saved", "submitted", "verified", "returned", "attached", "removed");

  /** The page's parameter and every form's hidden field with the entry's id. */
  static final String ID_PARAMETER = "id";

  /** The form field with the evidence file a row's button is about. */
  static final String EVIDENCE_PARAMETER = "evidence";

  /** The boundary's field for the upload and the input that holds it. */
  static final Map<String, String> INPUTS = Map.of("file", "evidence-file");

  private PortfolioService portfolio;
  private EvidenceService evidence;
  private NotificationService notifications;
  private CurrentCaller currentCaller;

  private String id;
  private String done;
  private String note;
  private String reason;
  private EntryAccess access;
  private boolean read;
  private List<EvidenceView> files;
  private Part file;

  @Inject
  public EntryBacking(
      PortfolioService portfolio,
      EvidenceService evidence,
      NotificationService notifications,
      CurrentCaller currentCaller) {
    this.portfolio = portfolio;
    this.evidence = evidence;
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
    redirect(context, outcome);
  }

  private void redirect(FacesContext context, String outcome) throws IOException {
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/portfolio/entry.xhtml?id="
            + URLEncoder.encode(id, StandardCharsets.UTF_8)
            + "&done="
            + outcome);
  }

  /** The worker's upload button: the file is typed by its content and kept with the entry. */
  public void upload() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (file == null) {
      FieldMessages.error(context, "evidence-file", Texts.text("portfolio_entry.evidence.none"));
      reload();
      return;
    }
    try (InputStream in = file.getInputStream()) {
      evidence.attach(currentCaller.get(), id, file.getSubmittedFileName(), in);
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, INPUTS);
      reload();
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      reload();
      return;
    } finally {
      file.delete();
    }
    redirect(context, "attached");
  }

  /** A file's download button (a POST naming the file, so the page's access check holds). */
  public void download() {
    FacesContext context = FacesContext.getCurrentInstance();
    String wanted = context.getExternalContext().getRequestParameterMap().get(EVIDENCE_PARAMETER);
    EvidenceContent content;
    try {
      content = evidence.open(currentCaller.get(), wanted);
    } catch (TrellisException refused) {
      Refusals.notFound(context);
      return;
    }
    EvidenceView view = content.evidence();
    Downloads.send(context, view.mediaType(), view.name(), view.size(), content.bytes().get());
  }

  /** A file's remove button, while the entry can be changed. */
  public void remove() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    String wanted = context.getExternalContext().getRequestParameterMap().get(EVIDENCE_PARAMETER);
    try {
      evidence.remove(currentCaller.get(), wanted);
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      reload();
      return;
    }
    redirect(context, "removed");
  }

  /**
   * The entry's evidence files, for those who may see them (the worker and their supervisor); none
   * for anyone else.
   */
  public List<EvidenceView> getFiles() {
    if (files == null) {
      files = isEvidenceShown() ? evidence.list(currentCaller.get(), id) : List.of();
    }
    return files;
  }

  /** Whether the caller may see evidence at all (the worker and their supervisor). */
  public boolean isEvidenceShown() {
    EntryAccess shown = getAccess();
    return shown != null && shown.entry().reflection() != null;
  }

  /** The largest file the server takes, in megabytes. */
  public String getMaxMegabytes() {
    return evidence.maxMegabytes();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** After a refused action the page is shown again as the entry now is. */
  private void reload() {
    access = portfolio.access(currentCaller.get(), id).orElse(null);
    files = null;
  }

  public EntryView getEntry() {
    EntryAccess shown = getAccess();
    return shown == null ? null : shown.entry();
  }

  /**
   * The entry and what the caller may do to it. Read by the view action on a first visit; a
   * postback that ran no action (its input refused before the action) reads it here, once.
   */
  public EntryAccess getAccess() {
    if (access == null && !read && getId() != null) {
      read = true;
      access = portfolio.access(currentCaller.get(), id).orElse(null);
    }
    return access;
  }

  /**
   * The entry's id: the page's parameter, or on a postback the form's hidden {@code id} field (read
   * while the forms are decoded, before view parameters reach this bean, so that the forms that
   * depend on the entry are decoded at all).
   */
  public String getId() {
    if (id == null) {
      id =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get(ID_PARAMETER);
    }
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
