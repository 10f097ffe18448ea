package org.linkworker.trellis.web.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.portfolio.boundary.AssessmentInput;
import org.linkworker.trellis.portfolio.boundary.AssessmentView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.boundary.SupervisionAccess;
import org.linkworker.trellis.portfolio.boundary.SupervisionInput;
import org.linkworker.trellis.portfolio.boundary.SupervisionService;
import org.linkworker.trellis.portfolio.boundary.SupervisionView;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /portfolio/supervision.xhtml}: a worker's supervision sessions, newest first, and
 * their supervisor's direct assessments. The worker records a session (with private notes only they
 * will read) and so does their supervisor; the supervisor assesses a competency at a level, and
 * withdraws an assessment they made by mistake. Without {@code ?username=} it is the signed-in
 * person's own.
 */
@Named
@RequestScoped
public class SupervisionBacking {

  /** Sessions on one page. */
  static final int PAGE_SIZE = 25;

  /** The assessments shown (the newest). */
  static final int ASSESSMENTS = 100;

  /** The prefix of the sentence each outcome of {@code ?done=} shows. */
  static final String DONE_PREFIX = "portfolio_supervision.done.";

  static final Set<String> OUTCOMES = Set.of("recorded", "assessed", "withdrawn");

  /** The page's parameter and every form's hidden field with the worker's username. */
  static final String USERNAME_PARAMETER = "username";

  /** The form field with the assessment a row's withdraw button is about. */
  static final String ASSESSMENT_PARAMETER = "assessment";

  static final Map<String, String> SESSION_INPUTS =
      Map.of(
          "date", "session-date",
          "minutes", "session-minutes",
          "kind", "session-kind",
          "supervisor", "session-supervisor",
          "notes", "session-notes");

  static final Map<String, String> ASSESSMENT_INPUTS =
      Map.of(
          "date", "assessment-date",
          "competency", "assessment-competency",
          "level", "assessment-level",
          "note", "assessment-note");

  private SupervisionService supervision;
  private PortfolioService portfolio;
  private CurrentCaller currentCaller;

  private String username;
  private String offset;
  private String done;

  private String sessionDate;
  private Integer minutes = 60;
  private SupervisionKind kind = SupervisionKind.CLINICAL;
  private String giver;
  private String notes;

  private String assessmentDate;
  private String competency;
  private Integer level;
  private String note;

  private boolean read;
  private SupervisionAccess access;
  private List<SupervisionView> sessions = List.of();
  private PageWindow window;
  private List<AssessmentView> assessments = List.of();
  private long assessmentCount;
  private FrameworkSnapshot framework;

  @Inject
  public SupervisionBacking(
      SupervisionService supervision, PortfolioService portfolio, CurrentCaller currentCaller) {
    this.supervision = supervision;
    this.portfolio = portfolio;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected SupervisionBacking() {}

  /**
   * The worker whose page this is: the page's parameter, or on a postback the form's hidden {@code
   * username} field (read while the forms are decoded, before view parameters reach this bean), or
   * else the signed-in person.
   */
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
    if (!read()) {
      Refusals.notFound(FacesContext.getCurrentInstance());
    }
  }

  /** Reads what the page shows; false when the caller may not see this worker's portfolio. */
  private boolean read() {
    read = true;
    Caller caller = currentCaller.get();
    try {
      access = supervision.access(caller, whose());
      framework = portfolio.frameworkOf(caller, whose()).orElse(null);
    } catch (NotVisibleException notVisible) {
      return false;
    }
    int start = PageWindow.offsetOf(offset);
    Page<SupervisionView> page = supervision.supervisionRecords(caller, whose(), start, PAGE_SIZE);
    sessions = page.items();
    window = new PageWindow(start, PAGE_SIZE, sessions.size(), page.total());
    Page<AssessmentView> assessed = supervision.assessments(caller, whose(), 0, ASSESSMENTS);
    assessments = assessed.items();
    assessmentCount = assessed.total();
    return true;
  }

  /** The record-a-session form's button. */
  public void record() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    LocalDate day;
    try {
      day = Dates.parse(sessionDate).orElse(null);
    } catch (DateTimeParseException e) {
      FieldMessages.error(context, "session-date", Texts.text("portfolio.date.invalid"));
      read();
      return;
    }
    if (FieldMessages.attempt(
            context,
            SESSION_INPUTS,
            () ->
                supervision.record(
                    currentCaller.get(),
                    whose(),
                    new SupervisionInput(day, minutes, kind, giver, notes)))
        .isEmpty()) {
      read();
      return;
    }
    redirect(context, "recorded");
  }

  /** The supervisor's assess button. */
  public void assess() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    LocalDate day;
    try {
      day = Dates.parse(assessmentDate).orElse(null);
    } catch (DateTimeParseException e) {
      FieldMessages.error(context, "assessment-date", Texts.text("portfolio.date.invalid"));
      read();
      return;
    }
    if (FieldMessages.attempt(
            context,
            ASSESSMENT_INPUTS,
            () ->
                supervision.assess(
                    currentCaller.get(),
                    whose(),
                    new AssessmentInput(day, competency, level, note)))
        .isEmpty()) {
      read();
      return;
    }
    redirect(context, "assessed");
  }

  /** An assessment's withdraw button (its maker only). */
  public void withdraw() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    String wanted = context.getExternalContext().getRequestParameterMap().get(ASSESSMENT_PARAMETER);
    try {
      supervision.withdraw(currentCaller.get(), wanted);
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      read();
      return;
    }
    redirect(context, "withdrawn");
  }

  private void redirect(FacesContext context, String outcome) throws IOException {
    ExternalContext external = context.getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/portfolio/supervision.xhtml?username="
            + URLEncoder.encode(whose(), StandardCharsets.UTF_8)
            + "&done="
            + outcome);
  }

  /**
   * Reads the page's data once a request: a postback whose input could not even be converted (a
   * number field holding words) renders the page without running an action.
   */
  private void ensureRead() {
    if (!read) {
      read();
    }
  }

  /** The sentence saying what the last action did, or null. */
  public String getDoneMessage() {
    return done != null && OUTCOMES.contains(done) ? Texts.text(DONE_PREFIX + done) : null;
  }

  /** Whether the signed-in person may withdraw this assessment (they made it). */
  public boolean mayWithdraw(AssessmentView assessment) {
    ensureRead();
    return access != null
        && access.mayAssess()
        && currentCaller.get().username().equals(assessment.assessedBy());
  }

  public SupervisionAccess getAccess() {
    ensureRead();
    return access;
  }

  public List<SupervisionView> getSessions() {
    ensureRead();
    return sessions;
  }

  public PageWindow getWindow() {
    ensureRead();
    return window;
  }

  public List<AssessmentView> getAssessments() {
    ensureRead();
    return assessments;
  }

  public long getAssessmentCount() {
    ensureRead();
    return assessmentCount;
  }

  public List<SupervisionKind> getKinds() {
    return Arrays.asList(SupervisionKind.values());
  }

  public List<CompetencyView> getCompetencies() {
    ensureRead();
    return framework == null
        ? List.of()
        : framework.outline().domains().stream().flatMap(d -> d.competencies().stream()).toList();
  }

  public List<LevelView> getLevels() {
    ensureRead();
    return framework == null ? List.of() : framework.outline().levels();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** The worker whose page this is, for links. */
  public String getWorker() {
    return whose();
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public String getSessionDate() {
    return sessionDate;
  }

  public void setSessionDate(String sessionDate) {
    this.sessionDate = sessionDate;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }

  public SupervisionKind getKind() {
    return kind;
  }

  public void setKind(SupervisionKind kind) {
    this.kind = kind;
  }

  public String getGiver() {
    return giver;
  }

  public void setGiver(String giver) {
    this.giver = giver;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getAssessmentDate() {
    return assessmentDate;
  }

  public void setAssessmentDate(String assessmentDate) {
    this.assessmentDate = assessmentDate;
  }

  public String getCompetency() {
    return competency;
  }

  public void setCompetency(String competency) {
    this.competency = competency;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
