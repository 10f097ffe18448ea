package org.linkworker.trellis.web.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;
import org.linkworker.trellis.progression.boundary.GapSnapshotView;
import org.linkworker.trellis.progression.boundary.ReportJob;
import org.linkworker.trellis.progression.boundary.SnapshotComparison;
import org.linkworker.trellis.progression.boundary.SnapshotPerson;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.PageWindow;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /progression/gap-reports.xhtml}, the organisation-wide gap report for employers and
 * the steward. Without {@code ?id=}: the reports so far and a form to start one (an employer's own
 * organisation; the steward's choice, or every organisation). With {@code ?id=}: its progress bar
 * while the job runs (polled), then the snapshot: readiness by stage as a chart and a table, the
 * most common gaps, every worker a page at a time, the CSV, and a comparison with an earlier report
 * ({@code ?with=}).
 */
@Named
@RequestScoped
public class GapReportsBacking {

  /** Workers shown per page. */
  static final int PAGE = 50;

  private GapSnapshotService snapshots;
  private OrganisationService organisations;
  private CurrentCaller currentCaller;

  private String id;
  private String with;
  private String offset;
  private String organisation;

  /** The caller's recent jobs; read on first use in a request (the poll's requests included). */
  private List<ReportJob> jobs;

  private ReportJob job;
  private GapSnapshotView view;
  private Page<SnapshotPerson> people;
  private SnapshotComparison comparison;
  private List<OrganisationView> employers;
  private boolean loaded;

  @Inject
  public GapReportsBacking(
      GapSnapshotService snapshots,
      OrganisationService organisations,
      CurrentCaller currentCaller) {
    this.snapshots = snapshots;
    this.organisations = organisations;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected GapReportsBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      jobs = snapshots.jobs(currentCaller.get(), null, 20);
    } catch (AccessDeniedException refused) {
      Refusals.forbidden(context);
      return;
    }
    if (Blank.orNull(id) != null && report().isEmpty()) {
      Refusals.notFound(context);
    }
  }

  /**
   * The report named by {@code id}, read once per request: by the view action, or on a postback
   * (whose buttons are decoded before the view parameters reach this bean) from the form's own
   * {@code id} field.
   */
  private Optional<ReportJob> report() {
    if (!loaded) {
      loaded = true;
      if (Blank.orNull(id) == null) {
        id =
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
      }
      if (Blank.orNull(id) != null) {
        Caller caller = currentCaller.get();
        job = snapshots.job(caller, id.strip()).orElse(null);
        if (job != null && !job.running()) {
          summary(caller);
        }
      }
    }
    return Optional.ofNullable(job);
  }

  /** The poll while the job runs: the job as it now is, and its report once it has ended. */
  public void refresh() {
    loaded = false;
    job = null;
    view = null;
    jobs = null;
  }

  private void summary(Caller caller) {
    view = snapshots.snapshot(caller, job.id());
    people = snapshots.people(caller, job.id(), PageWindow.offsetOf(offset), PAGE);
    if (Blank.orNull(with) != null) {
      try {
        comparison = snapshots.compare(caller, job.id(), with);
      } catch (TrellisException refused) {
        FieldMessages.error(
            FacesContext.getCurrentInstance(),
            "with",
            Texts.text("progression_gap_reports.with.invalid"));
      }
    }
  }

  /** The restart button of a report that failed or was stopped: it carries on where it ended. */
  public void restart() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    ReportJob restarted;
    try {
      restarted = snapshots.restart(currentCaller.get(), report().orElseThrow().id());
    } catch (TrellisException | java.util.NoSuchElementException refused) {
      FieldMessages.error(
          context, "restart", Texts.text("progression_gap_reports.restart.refused"));
      return;
    }
    redirectTo(context, restarted.id());
  }

  /** The start form's button: starts the report and opens it. */
  public void start() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String chosen = isSteward() ? Blank.orNull(organisation) : caller.organisationId();
    ReportJob started;
    try {
      started = snapshots.start(caller, chosen);
    } catch (TrellisException refused) {
      FieldMessages.error(
          context, "organisation", Texts.text("progression_gap_reports.start.refused"));
      return;
    }
    redirectTo(context, started.id());
  }

  private static void redirectTo(FacesContext context, String jobId) throws IOException {
    context
        .getExternalContext()
        .redirect(
            context.getExternalContext().getRequestContextPath()
                + "/progression/gap-reports.xhtml?id="
                + jobId);
  }

  /** The download button: the snapshot as CSV, a row per worker and competency. */
  public void download() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      Downloads.send(
          context,
          Csv.MEDIA_TYPE,
          "gap-reports-" + report().map(ReportJob::id).orElse("") + ".csv",
          snapshots.csv(currentCaller.get(), report().map(ReportJob::id).orElse(null)));
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
    }
  }

  /**
   * The chart's Chart.js configuration: the mean readiness (in per cent) of the workers reported
   * against each stage. The table beside it says the same in words.
   */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    if (view != null) {
      for (GapSnapshotView.StageReadiness stage : view.byStage()) {
        labels.add(stage.stage());
        values.add(percent(stage.averageReadiness()));
      }
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Texts.text("progression_gap_reports.chart.readiness"))
                                .add("data", values)
                                .add("backgroundColor", "#005eb8"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100))))
        .build()
        .toString();
  }

  /** A share as a whole percentage; 0 for none. */
  public long percent(Double share) {
    return share == null ? 0 : Math.round(share * 100);
  }

  /** The paging of the workers' table. */
  public PageWindow getWindow() {
    return people == null
        ? new PageWindow(0, PAGE, 0, 0)
        : new PageWindow(people.offset(), PAGE, people.items().size(), people.total());
  }

  /** Completed reports other than this one, to compare it with. */
  public List<ReportJob> getEarlier() {
    return jobs().stream()
        .filter(j -> "COMPLETED".equals(j.status()))
        .filter(j -> report().map(r -> !r.id().equals(j.id())).orElse(true))
        .toList();
  }

  /** The organisation a job reports on, by name; every organisation when it has none. */
  public String organisationName(String organisationId) {
    if (organisationId == null) {
      return Texts.text("progression_gap_reports.everyOrganisation");
    }
    return getEmployers().stream()
        .filter(o -> o.id().equals(organisationId))
        .map(OrganisationView::name)
        .findFirst()
        .orElseGet(() -> Texts.text("progression_gap_reports.ownOrganisation"));
  }

  /** Competency codes joined for a cell; a dash for none. */
  public String joined(List<String> codes) {
    return codes == null || codes.isEmpty() ? "–" : String.join(", ", codes);
  }

  public boolean isSteward() {
    return currentCaller.get().has(Role.STEWARD);
  }

  public boolean isRunning() {
    return report().map(ReportJob::running).orElse(false);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getWith() {
    return with;
  }

  public void setWith(String with) {
    this.with = with;
  }

  public String getOffset() {
    return offset;
  }

  public void setOffset(String offset) {
    this.offset = offset;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public List<ReportJob> getJobs() {
    return jobs();
  }

  private List<ReportJob> jobs() {
    if (jobs == null) {
      jobs = snapshots.jobs(currentCaller.get(), null, 20);
    }
    return jobs;
  }

  public ReportJob getJob() {
    return report().orElse(null);
  }

  public GapSnapshotView getView() {
    report();
    return view;
  }

  public List<SnapshotPerson> getPeople() {
    return people == null ? List.of() : people.items();
  }

  public SnapshotComparison getComparison() {
    return comparison;
  }

  /** The employers the steward may report on, read when first asked for. */
  public List<OrganisationView> getEmployers() {
    if (employers == null) {
      employers =
          isSteward()
              ? organisations.list(currentCaller.get()).stream()
                  .filter(o -> o.kind() == OrganisationKind.EMPLOYER)
                  .toList()
              : List.of();
    }
    return employers;
  }
}
