package org.linkworker.trellis.web.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.GapReport;
import org.linkworker.trellis.progression.boundary.GapReportService;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /progression/gap-report.xhtml}: a worker's career progression gap report against a
 * stage (by default their next), with readiness as a chart and in figures, the competencies by
 * domain, the recommended courses, and the report to download as CSV or PDF. Without {@code
 * ?username=} it is the signed-in person's own; their supervisor, their employer and the steward
 * open a worker's with it. {@code ?stage=} chooses the stage, {@code ?on=} the day, and {@code
 * ?format=csv} or {@code ?format=pdf} downloads the report instead of showing it.
 */
@Named
@RequestScoped
public class GapReportBacking {

  private GapReportService reports;
  private CurrentCaller currentCaller;

  private String username;
  private String stage;
  private String on;
  private String format;
  private GapReport report;
  private List<StageView> stages = List.of();
  private List<DomainRows> domains = List.of();
  private boolean own;

  @Inject
  public GapReportBacking(GapReportService reports, CurrentCaller currentCaller) {
    this.reports = reports;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected GapReportBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String whose = whose(caller);
    own = whose.equals(caller.username());
    Optional<GapReport> read = read(context, caller, whose);
    if (read.isEmpty()) {
      return;
    }
    if (!context.isValidationFailed() && sent(context, read.get())) {
      return;
    }
    report = read.get();
    Optional<FrameworkSnapshot> framework = reports.frameworkOf(report);
    stages = framework.map(FrameworkSnapshot::stages).orElse(List.of());
    domains = domains(report, framework);
  }

  /**
   * The report asked for; a day or stage that is not one is shown next to its field and the report
   * is read for today or the default stage instead. Empty when the worker is not there for the
   * caller (the page is then a 404).
   */
  private Optional<GapReport> read(FacesContext context, Caller caller, String whose) {
    LocalDate day = null;
    if (Blank.orNull(on) != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        FieldMessages.error(context, "on", Texts.text("progression_gap_report.on.invalid"));
      }
    }
    try {
      try {
        return Optional.of(reports.report(caller, whose, stage, day));
      } catch (InvalidInputException invalid) {
        FieldMessages.error(
            context, "stage", invalid.fieldErrors().getOrDefault("stage", invalid.getMessage()));
        return Optional.of(reports.report(caller, whose, null, day));
      }
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
      return Optional.empty();
    }
  }

  private static List<DomainRows> domains(GapReport report, Optional<FrameworkSnapshot> framework) {
    Map<String, String> titles = new HashMap<>();
    framework.ifPresent(f -> f.outline().domains().forEach(d -> titles.put(d.code(), d.title())));
    Map<String, List<Row>> byDomain = new LinkedHashMap<>();
    for (GapReport.Gap gap : report.gaps()) {
      String statement =
          framework.flatMap(f -> f.competency(gap.competency())).map(c -> c.statement()).orElse("");
      byDomain
          .computeIfAbsent(gap.domain() == null ? "" : gap.domain(), k -> new ArrayList<>())
          .add(new Row(gap.competency(), statement, gap.required(), gap.attained(), gap.gap()));
    }
    List<DomainRows> rows = new ArrayList<>();
    byDomain.forEach(
        (code, competencies) ->
            rows.add(new DomainRows(code, titles.getOrDefault(code, code), competencies)));
    return rows;
  }

  /**
   * The download links ({@code ?format=csv} or {@code ?format=pdf}): the report as the API gives it
   * with {@code Accept: text/csv} or {@code application/pdf}, instead of the page. Links rather
   * than a form, so that nothing is posted back to a request-scoped page whose chooser lies outside
   * any form. A stage or day that is not one shows the page with its message, never a file of
   * another report.
   */
  private boolean sent(FacesContext context, GapReport asked) {
    String kind = Blank.orNull(format) == null ? "" : format.strip();
    switch (kind) {
      case "csv" ->
          Downloads.send(context, Csv.MEDIA_TYPE, fileName(asked) + ".csv", reports.csv(asked));
      case "pdf" -> {
        byte[] pdf = reports.pdf(asked);
        Downloads.send(
            context,
            GapReportService.PDF_MEDIA_TYPE,
            fileName(asked) + ".pdf",
            pdf.length,
            new ByteArrayInputStream(pdf));
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private static String fileName(GapReport report) {
    return "gap-report-" + report.username() + "-" + report.stage().toLowerCase();
  }

  private String whose(Caller caller) {
    return Blank.orNull(username) == null ? caller.username() : username.strip();
  }

  /**
   * The chart's Chart.js configuration: per required competency, the level required and the level
   * held, side by side. The tables below say the same in words and figures.
   */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder required = Json.createArrayBuilder();
    JsonArrayBuilder attained = Json.createArrayBuilder();
    for (DomainRows domain : domains) {
      for (Row row : domain.competencies()) {
        labels.add(row.code());
        required.add(row.required());
        attained.add(row.attained());
      }
    }
    int top =
        report == null ? 4 : reports.frameworkOf(report).map(FrameworkSnapshot::topLevel).orElse(4);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(Texts.text("progression_gap_report.chart.required"), required, "#768692"))
            .add(dataset(Texts.text("progression_gap_report.chart.attained"), attained, "#005eb8"));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add("maintainAspectRatio", false)
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "y",
                        Json.createObjectBuilder()
                            .add("min", 0)
                            .add("max", top)
                            .add("ticks", Json.createObjectBuilder().add("stepSize", 1))));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  /** Readiness in whole per cent, rounded down; null when the stage requires nothing. */
  public Integer getPercent() {
    return report == null || report.readiness() == null
        ? null
        : (int) Math.floor(report.readiness() * 100);
  }

  /** How many required competencies still have a gap. */
  public int getOpen() {
    return report == null ? 0 : report.required() - report.met();
  }

  /** The title of the worker's own stage, or null. */
  public String getCurrentStageTitle() {
    if (report == null || report.currentStage() == null) {
      return null;
    }
    return stages.stream()
        .filter(s -> s.code().equals(report.currentStage()))
        .map(StageView::title)
        .findFirst()
        .orElse(report.currentStage());
  }

  public GapReport getReport() {
    return report;
  }

  public List<StageView> getStages() {
    return stages;
  }

  public List<DomainRows> getDomains() {
    return domains;
  }

  /** The signed-in person's own report. */
  public boolean isOwn() {
    return own;
  }

  /** The worker's username, for links to their other pages. */
  public String getWorker() {
    return report == null ? null : report.username();
  }

  /** The stage the chooser shows: the one reported against. */
  public String getChosenStage() {
    return report == null ? stage : report.stage();
  }

  public void setChosenStage(String chosenStage) {
    this.stage = chosenStage;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getOn() {
    return on;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public void setOn(String on) {
    this.on = on;
  }

  /** The required competencies of one domain. */
  public record DomainRows(String code, String title, List<Row> competencies) {

    /** How many of them have no gap. */
    public long getMet() {
      return competencies.stream().filter(Row::isMet).count();
    }
  }

  /** A required competency: the level required, the level held and the gap. */
  public record Row(String code, String statement, int required, int attained, int gap) {

    public boolean isMet() {
      return gap == 0;
    }
  }
}
