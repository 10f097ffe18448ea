package org.linkworker.trellis.web.progression;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.boundary.TrainingNeeds;
import org.linkworker.trellis.progression.boundary.TrainingNeedsService;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /progression/training-needs.xhtml}: an organisation's training needs analysis for
 * its employer (their own organisation) and the steward (the organisation chosen with {@code
 * ?id=}). The summary figures, the gaps by competency (sorted with {@code ?sort=workers}, {@code
 * points} or {@code competency}) with a chart of their points, the course set, and both as CSV
 * ({@code ?format=csv&part=gaps|courses}, answered instead of the page). Everything is asked for
 * with links and a GET form, so nothing is posted back to this request-scoped page. Someone of the
 * organisation who may not see its reports gets 403; anyone else, for any organisation, 404.
 */
@Named
@RequestScoped
public class TrainingNeedsBacking {

  /** The orders the gaps can be shown in; the first is the default. */
  static final List<String> SORTS = List.of("workers", "points", "competency");

  private TrainingNeedsService service;
  private OrganisationService organisations;
  private CurrentFrameworks frameworks;
  private CurrentCaller currentCaller;

  private String id;
  private String on;
  private String sort;
  private String format;
  private String part;

  private TrainingNeeds needs;
  private List<TrainingNeeds.Gap> gaps = List.of();
  private List<OrganisationView> employers;

  @Inject
  public TrainingNeedsBacking(
      TrainingNeedsService service,
      OrganisationService organisations,
      CurrentFrameworks frameworks,
      CurrentCaller currentCaller) {
    this.service = service;
    this.organisations = organisations;
    this.frameworks = frameworks;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected TrainingNeedsBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    String organisation = Blank.orNull(id) == null ? null : id.strip();
    if (organisation == null) {
      if (caller.has(Role.STEWARD)) {
        return;
      }
      organisation = caller.organisationId();
      if (organisation == null) {
        Refusals.notFound(context);
        return;
      }
    }
    LocalDate day = null;
    if (Blank.orNull(on) != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        FieldMessages.error(context, "on", Texts.text("progression_training_needs.on.invalid"));
      }
    }
    try {
      needs = service.needs(caller, organisation, day);
    } catch (NotVisibleException notVisible) {
      Refusals.notFound(context);
      return;
    } catch (AccessDeniedException refused) {
      Refusals.forbidden(context);
      return;
    }
    if ("csv".equals(Blank.orNull(format) == null ? null : format.strip())
        && !context.isValidationFailed()) {
      try {
        String csv = service.csv(needs, part);
        Downloads.send(
            context, Csv.MEDIA_TYPE, TrainingNeedsService.fileName(needs, part) + ".csv", csv);
        return;
      } catch (InvalidInputException invalid) {
        FieldMessages.error(
            context, null, invalid.fieldErrors().getOrDefault("part", invalid.getMessage()));
      }
    }
    gaps = sorted(needs.gaps());
  }

  private List<TrainingNeeds.Gap> sorted(List<TrainingNeeds.Gap> given) {
    List<TrainingNeeds.Gap> rows = new ArrayList<>(given);
    switch (getSort()) {
      case "points" ->
          rows.sort(
              Comparator.comparingInt(TrainingNeeds.Gap::points)
                  .reversed()
                  .thenComparing(Comparator.comparingInt(TrainingNeeds.Gap::workers).reversed())
                  .thenComparing(inFrameworkOrder()));
      case "competency" -> rows.sort(inFrameworkOrder());
      default -> {
        // The service's order: more workers, then more points, then the framework's order.
      }
    }
    return rows;
  }

  /**
   * The frameworks' order of competencies, the default framework's first (an organisation may
   * employ several professions); a code none has comes after, by code.
   */
  private Comparator<TrainingNeeds.Gap> inFrameworkOrder() {
    Map<String, Integer> position = new HashMap<>();
    for (FrameworkSnapshot f : frameworks.all()) {
      for (DomainView domain : f.outline().domains()) {
        for (CompetencyView competency : domain.competencies()) {
          position.putIfAbsent(competency.code(), position.size());
        }
      }
    }
    return Comparator.comparingInt(
            (TrainingNeeds.Gap gap) -> position.getOrDefault(gap.competency(), Integer.MAX_VALUE))
        .thenComparing(TrainingNeeds.Gap::competency);
  }

  /**
   * The chart's Chart.js configuration: the gap points in each competency and, beside them, how
   * many workers have a gap there, in the order of the table. The table says the same in figures.
   */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder points = Json.createArrayBuilder();
    JsonArrayBuilder workers = Json.createArrayBuilder();
    for (TrainingNeeds.Gap gap : gaps) {
      labels.add(gap.competency());
      points.add(gap.points());
      workers.add(gap.workers());
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
                                .add("label", Texts.text("progression_training_needs.chart.points"))
                                .add("data", points)
                                .add("backgroundColor", "#005eb8"))
                        .add(
                            Json.createObjectBuilder()
                                .add(
                                    "label", Texts.text("progression_training_needs.chart.workers"))
                                .add("data", workers)
                                .add("backgroundColor", "#768692"))))
        .add(
            "options",
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
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  /** The {@code aria-sort} of a sortable column header: how the table is sorted by it, if it is. */
  public String ariaSort(String column) {
    if (!column.equals(getSort())) {
      return "none";
    }
    return "competency".equals(column) ? "ascending" : "descending";
  }

  /** Hours as written: no trailing zeros. */
  public String hours(BigDecimal hours) {
    return hours == null ? "–" : hours.stripTrailingZeros().toPlainString();
  }

  /** The levels required of a competency: one level, or the range. */
  public String levels(TrainingNeeds.Gap gap) {
    return gap.lowestRequired() == gap.highestRequired()
        ? Integer.toString(gap.lowestRequired())
        : gap.lowestRequired() + "–" + gap.highestRequired();
  }

  /** The order the gaps are shown in. */
  public String getSort() {
    String chosen = Blank.orNull(sort) == null ? null : sort.strip();
    return chosen != null && SORTS.contains(chosen) ? chosen : SORTS.get(0);
  }

  public boolean isSteward() {
    return currentCaller.get().has(Role.STEWARD);
  }

  /** The employers the steward may choose from, read when first asked for. */
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

  public TrainingNeeds getNeeds() {
    return needs;
  }

  public List<TrainingNeeds.Gap> getGaps() {
    return gaps;
  }

  /** The organisation chosen: the one reported on, else the one asked for. */
  public String getChosen() {
    return needs == null ? id : needs.organisation();
  }

  public void setChosen(String chosen) {
    this.id = chosen;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getPart() {
    return part;
  }

  public void setPart(String part) {
    this.part = part;
  }
}
