package org.linkworker.trellis.progression.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.PublishedCourse;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.platform.export.PdfLayout;
import org.linkworker.trellis.progression.control.GapReportDocument;
import org.linkworker.trellis.progression.control.GapRule;
import org.linkworker.trellis.progression.control.PrintedGapReport;

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

  @Inject CurrentFrameworks frameworks;

  /** The media type of the report as PDF. */
  public static final String PDF_MEDIA_TYPE = PdfLayout.MEDIA_TYPE;

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
            .add(r.code() == null || r.code().isBlank() ? r.title() : r.code() + " " + r.title());
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

  /**
   * The report as a PDF to print: the worker, the stages and the framework by their titles,
   * readiness as a figure and a chart, the competencies grouped under their domains, and the
   * recommended courses. Reads no database: titles come from the current framework snapshot (a
   * competency the snapshot no longer has is printed by its code).
   */
  public byte[] pdf(GapReport report) {
    return GapReportDocument.render(printed(report, frameworkOf(report)));
  }

  /** The current version of the framework a report was read against, for its titles. */
  public Optional<FrameworkSnapshot> frameworkOf(GapReport report) {
    return frameworks.current(report.framework());
  }

  static PrintedGapReport printed(GapReport report, Optional<FrameworkSnapshot> framework) {
    Map<String, List<PrintedGapReport.Competency>> byDomain = new LinkedHashMap<>();
    for (GapReport.Gap gap : report.gaps()) {
      String statement =
          framework
              .flatMap(f -> f.competency(gap.competency()))
              .map(c -> c.statement())
              .orElse(null);
      byDomain
          .computeIfAbsent(gap.domain() == null ? "" : gap.domain(), k -> new ArrayList<>())
          .add(
              new PrintedGapReport.Competency(
                  gap.competency(), statement, gap.required(), gap.attained(), gap.gap()));
    }
    Map<String, String> titles = new HashMap<>();
    framework.ifPresent(f -> f.outline().domains().forEach(d -> titles.put(d.code(), d.title())));
    List<PrintedGapReport.Domain> domains = new ArrayList<>();
    byDomain.forEach(
        (code, competencies) ->
            domains.add(
                new PrintedGapReport.Domain(code, titles.getOrDefault(code, ""), competencies)));
    String currentStage =
        report.currentStage() == null
            ? null
            : framework
                .flatMap(f -> f.stage(report.currentStage()))
                .map(StageView::title)
                .orElse(report.currentStage());
    return new PrintedGapReport(
        report.username(),
        report.displayName(),
        currentStage,
        report.stageTitle(),
        framework.map(FrameworkSnapshot::title).orElse(report.framework()),
        framework.map(FrameworkSnapshot::version).orElse(""),
        report.on(),
        report.met(),
        report.required(),
        framework.map(FrameworkSnapshot::topLevel).orElse(4),
        domains,
        report.recommendations().stream()
            .map(
                r ->
                    new PrintedGapReport.Course(
                        r.code(), r.title(), r.hours(), r.provider(), r.points(), r.addresses()))
            .toList());
  }

  /**
   * The offers made last, with the published courses and the framework they were made from: the
   * catalogue hands out the same list until a course changes, so they are made again only then
   * (each pooled instance keeps its own; one request at a time uses an instance).
   */
  private Offers offers;

  private record Offers(
      List<PublishedCourse> courses, FrameworkSnapshot framework, List<GapRule.Offer> offers) {}

  /** The published courses as candidates, their mappings in this framework's competency codes. */
  List<GapRule.Offer> offers(FrameworkSnapshot framework) {
    List<PublishedCourse> published = courses.published();
    Offers known = offers;
    if (known != null && known.courses() == published && known.framework() == framework) {
      return known.offers();
    }
    List<GapRule.Offer> made = offers(published, List.of(framework));
    offers = new Offers(published, framework, made);
    return made;
  }

  /**
   * Published courses as candidates, their mappings in the competency codes of the given frameworks
   * (a course mapped to one competency in two of them counts at its higher level; a mapping to an
   * earlier version's competency counts for the competencies continuing it until the course is
   * mapped to them); a course mapped to none of their competencies is left out.
   */
  static List<GapRule.Offer> offers(
      List<PublishedCourse> published, Collection<FrameworkSnapshot> frameworks) {
    List<GapRule.Offer> offers = new ArrayList<>();
    for (PublishedCourse course : published) {
      Map<String, Integer> levels = new HashMap<>();
      for (FrameworkSnapshot framework : frameworks) {
        framework
            .carriedLevels(course.levels())
            .forEach(
                (competencyId, level) ->
                    framework
                        .competencyById(competencyId)
                        .ifPresent(c -> levels.merge(c.code(), level, Math::max)));
      }
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
    return List.copyOf(offers);
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
