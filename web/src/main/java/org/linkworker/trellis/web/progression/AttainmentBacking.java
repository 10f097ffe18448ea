package org.linkworker.trellis.web.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.progression.boundary.AttainmentService;
import org.linkworker.trellis.progression.boundary.CompetencyAttainment;
import org.linkworker.trellis.progression.boundary.WorkerAttainment;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /progression/attainment.xhtml}: a worker's attained level in every competency on a
 * day, against what their current stage and their next stage require, with the evidence carrying
 * each level and the day it lapses. Without {@code ?username=} it is the signed-in person's own;
 * their supervisor, their employer and the steward open a worker's with it. Without {@code ?on=} it
 * is today.
 */
@Named
@RequestScoped
public class AttainmentBacking {

  private AttainmentService attainmentService;
  private CurrentCaller currentCaller;

  private String username;
  private String on;
  private WorkerAttainment attainment;
  private StageView currentStage;
  private StageView nextStage;
  private List<DomainRows> domains = List.of();
  private boolean own;

  @Inject
  public AttainmentBacking(AttainmentService attainmentService, CurrentCaller currentCaller) {
    this.attainmentService = attainmentService;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected AttainmentBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    String whose =
        Blank.orNull(username) == null ? currentCaller.get().username() : username.strip();
    own = whose.equals(currentCaller.get().username());
    LocalDate day = null;
    if (Blank.orNull(on) != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        FieldMessages.error(context, "on", Texts.text("progression_attainment.on.invalid"));
      }
    }
    try {
      attainment = attainmentService.attainment(currentCaller.get(), whose, day);
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
      return;
    }
    FrameworkSnapshot framework = attainment.framework();
    currentStage =
        attainment.stage() == null ? null : framework.stage(attainment.stage()).orElse(null);
    nextStage =
        attainment.stage() == null ? null : framework.nextStage(attainment.stage()).orElse(null);
    List<DomainRows> rows = new ArrayList<>();
    for (DomainView domain : framework.outline().domains()) {
      List<Row> competencies = new ArrayList<>();
      for (CompetencyView competency : domain.competencies()) {
        CompetencyAttainment attained =
            attainment
                .find(competency.code())
                .orElse(new CompetencyAttainment(competency.code(), 0, null, List.of()));
        competencies.add(
            new Row(
                competency.code(),
                competency.statement(),
                attained,
                required(currentStage, competency.code()),
                required(nextStage, competency.code())));
      }
      rows.add(new DomainRows(domain.code(), domain.title(), competencies));
    }
    domains = rows;
  }

  private static int required(StageView stage, String competency) {
    return stage == null ? 0 : stage.requirements().getOrDefault(competency, 0);
  }

  /**
   * The chart's Chart.js configuration: per competency, the attained level as bars and what the
   * next stage requires beside it. The table below it says the same in words.
   */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder attained = Json.createArrayBuilder();
    JsonArrayBuilder current = Json.createArrayBuilder();
    JsonArrayBuilder next = Json.createArrayBuilder();
    for (DomainRows domain : domains) {
      for (Row row : domain.competencies()) {
        labels.add(row.code());
        attained.add(row.attainment().level());
        current.add(row.currentRequired());
        next.add(row.nextRequired());
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(Texts.text("progression_attainment.chart.attained"), attained, "#005eb8"))
            .add(dataset(Texts.text("progression_attainment.chart.current"), current, "#768692"))
            .add(dataset(Texts.text("progression_attainment.chart.next"), next, "#ffb81c"));
    int top = attainment == null ? 4 : attainment.framework().topLevel();
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

  /** How many competencies the next stage requires that are attained at its level. */
  public long getNextStageMet() {
    return rowsRequiredByNext().stream()
        .filter(r -> r.attainment().level() >= r.nextRequired())
        .count();
  }

  public long getNextStageRequired() {
    return rowsRequiredByNext().size();
  }

  private List<Row> rowsRequiredByNext() {
    return domains.stream()
        .flatMap(d -> d.competencies().stream())
        .filter(r -> r.nextRequired() > 0)
        .toList();
  }

  /** The name of a level number on the framework's scale ("0" reads as none). */
  public String levelName(int number) {
    if (number == 0 || attainment == null) {
      return Texts.text("progression_attainment.level.none");
    }
    return attainment.framework().outline().levels().stream()
        .filter(l -> l.number() == number)
        .map(LevelView::name)
        .findFirst()
        .orElse(Integer.toString(number));
  }

  public WorkerAttainment getAttainment() {
    return attainment;
  }

  public StageView getCurrentStage() {
    return currentStage;
  }

  public StageView getNextStage() {
    return nextStage;
  }

  public List<DomainRows> getDomains() {
    return domains;
  }

  /** The signed-in person's own profile. */
  public boolean isOwn() {
    return own;
  }

  /** The currency and threshold the levels were read with, for the page's explanation. */
  public Map<String, Integer> getRule() {
    return attainment == null
        ? Map.of()
        : Map.of(
            "years", attainment.framework().currencyYears(),
            "threshold", attainment.framework().evidenceThreshold());
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** The worker's username, for links to their other pages. */
  public String getWorker() {
    return attainment == null ? null : attainment.username();
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }

  /** The competencies of one domain. */
  public record DomainRows(String code, String title, List<Row> competencies) {}

  /**
   * One competency: its attainment and what the worker's current and next stage require (0 when a
   * stage does not require it).
   */
  public record Row(
      String code,
      String statement,
      CompetencyAttainment attainment,
      int currentRequired,
      int nextRequired) {

    /** The last day the attained level holds if nothing new is recorded. */
    public LocalDate getLastDay() {
      return attainment.lapses() == null ? null : attainment.lapses().minusDays(1);
    }

    /** Whether the next stage's requirement is met. */
    public boolean isNextMet() {
      return attainment.level() >= nextRequired;
    }
  }
}
