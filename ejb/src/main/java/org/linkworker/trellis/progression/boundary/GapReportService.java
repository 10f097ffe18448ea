package org.linkworker.trellis.progression.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.PublishedCourse;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.control.GapRule;

/**
 * A worker's gap report (PRODUCT.md: Gap, Readiness, Recommendations): their attainment against a
 * stage of their framework, by default the next one, and the published courses that close the gaps.
 * Seen by whoever may see the worker's attainment (the worker, their supervisor, their employer,
 * the steward); anyone else finds no such person. Four statements whatever the worker's evidence:
 * the person, their claims, their assessments, the published courses with their mappings.
 */
@Stateless
public class GapReportService {

  @Inject AttainmentService attainment;

  @Inject CourseService courses;

  /**
   * The report on a day (today when {@code on} is null) against a stage (the worker's next stage
   * when {@code stageCode} is blank); a stage their framework does not have is an error of the
   * field {@code stage}.
   */
  public GapReport report(Caller caller, String username, String stageCode, LocalDate on) {
    WorkerAttainment held = attainment.attainment(caller, username, on);
    FrameworkSnapshot framework = held.framework();
    StageView stage = stage(framework, held.stage(), stageCode);
    Map<String, Integer> attained = new HashMap<>();
    held.competencies().forEach(c -> attained.put(c.competency(), c.level()));
    List<GapRule.Gap> gaps = GapRule.gaps(stage.requirements(), attained);
    List<GapRule.Pick> picks =
        GapRule.recommend(GapRule.needs(held.username(), gaps), offers(framework));
    Map<String, String> domains = domains(framework);
    return new GapReport(
        held.username(),
        held.displayName(),
        stage.code(),
        stage.title(),
        held.stage(),
        framework.code(),
        held.on(),
        GapRule.readiness(gaps),
        (int) gaps.stream().filter(GapRule.Gap::met).count(),
        gaps.size(),
        gaps.stream()
            .map(
                g ->
                    new GapReport.Gap(
                        g.competency(),
                        g.required(),
                        g.attained(),
                        g.gap(),
                        domains.get(g.competency())))
            .toList(),
        picks.stream().map(GapReportService::recommendation).toList());
  }

  /**
   * The report as CSV: one row per competency the stage requires, with the courses recommended for
   * it (their codes, in the order they are recommended).
   */
  public String csv(GapReport report) {
    Map<String, List<String>> coursesFor = new LinkedHashMap<>();
    for (GapReport.Recommendation r : report.recommendations()) {
      for (String competency : r.addresses()) {
        coursesFor
            .computeIfAbsent(competency, k -> new ArrayList<>())
            .add(r.code() + " " + r.title());
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (GapReport.Gap gap : report.gaps()) {
      rows.add(
          List.of(
              report.username(),
              report.stage(),
              gap.domain() == null ? "" : gap.domain(),
              gap.competency(),
              gap.required(),
              gap.attained(),
              gap.gap(),
              String.join("; ", coursesFor.getOrDefault(gap.competency(), List.of()))));
    }
    return Csv.write(
        List.of(
            "username",
            "stage",
            "domain",
            "competency",
            "required",
            "attained",
            "gap",
            "recommended courses"),
        rows);
  }

  /** The published courses as candidates, their mappings in this framework's competency codes. */
  List<GapRule.Offer> offers(FrameworkSnapshot framework) {
    List<GapRule.Offer> offers = new ArrayList<>();
    for (PublishedCourse course : courses.published()) {
      Map<String, Integer> levels = new HashMap<>();
      course
          .levels()
          .forEach(
              (competencyId, level) ->
                  framework
                      .competencyById(competencyId)
                      .ifPresent(c -> levels.merge(c.code(), level, Math::max)));
      if (!levels.isEmpty()) {
        offers.add(
            new GapRule.Offer(
                course.id(),
                course.code() == null ? "" : course.code(),
                course.title(),
                course.hours() == null ? BigDecimal.ZERO : course.hours(),
                levels,
                course.providerName()));
      }
    }
    return offers;
  }

  static StageView stage(FrameworkSnapshot framework, String currentStage, String stageCode) {
    if (stageCode != null && !stageCode.isBlank()) {
      return framework
          .stage(stageCode)
          .orElseThrow(
              () ->
                  InvalidInputException.of(
                      "stage",
                      "progression.stage_unknown",
                      stageCode.strip(),
                      String.join(", ", framework.stageCodes())));
    }
    Optional<StageView> next =
        currentStage == null ? Optional.empty() : framework.nextStage(currentStage);
    return next.or(framework::firstStage)
        .orElseThrow(
            () -> InvalidInputException.of("stage", "progression.no_stages", framework.code()));
  }

  static Map<String, String> domains(FrameworkSnapshot framework) {
    Map<String, String> domains = new HashMap<>();
    for (DomainView domain : framework.outline().domains()) {
      for (CompetencyView competency : domain.competencies()) {
        domains.put(competency.code(), domain.code());
      }
    }
    return domains;
  }

  private static GapReport.Recommendation recommendation(GapRule.Pick pick) {
    GapRule.Offer offer = pick.offer();
    return new GapReport.Recommendation(
        offer.id(),
        offer.code(),
        offer.title(),
        offer.hours(),
        offer.provider(),
        pick.points(),
        pick.addresses());
  }
}
