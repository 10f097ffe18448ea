package org.linkworker.trellis.progression.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.progression.control.GapRule;
import org.linkworker.trellis.progression.control.TeamNeeds;

/**
 * Training needs analysis for an employer's team (PRODUCT.md: Gap, Recommendations): every active
 * link worker of an organisation against their next stage on a day, the gaps summed by competency,
 * and the courses the greedy rule chooses from the published catalogue for the whole team at once.
 *
 * <p>For the organisation's employer and the steward. Someone who may not see the organisation
 * (another organisation's employer, a provider) finds no such organisation, as for one that does
 * not exist; someone of the organisation who may not see its reports (a worker, a supervisor) is
 * refused. A fixed number of statements whatever the team and its evidence: the organisation (when
 * not cached), its link workers, their claims and their assessments (per framework among them;
 * there is one), the published courses with their mappings.
 */
@Stateless
public class TrainingNeedsService {

  /** The parts of the analysis a CSV can hold. */
  public static final List<String> CSV_PARTS = List.of("gaps", "courses");

  private static final String WORKERS =
      "select p.id, p.username, p.stageCode from Person p where p.organisation.id = :organisation"
          + " and p.active = true"
          + " and org.linkworker.trellis.identity.entity.Role.LINK_WORKER member of p.roles"
          + " order by p.username";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AttainmentService attainment;

  @Inject CourseService courses;

  @Inject CurrentFrameworks frameworks;

  /** The analysis of an organisation on a day (today when {@code on} is null). */
  public TrainingNeeds needs(Caller caller, String organisationId, LocalDate on) {
    Organisation organisation = visible(caller, organisationId);
    if (!policy.maySeeReportsOf(caller, organisation.getId())) {
      throw new AccessDeniedException("workforce.not_your_organisation");
    }
    LocalDate day = on == null ? attainment.today() : on;
    List<Object[]> workers =
        em.createQuery(WORKERS, Object[].class)
            .setParameter("organisation", organisation.getId())
            .getResultList();

    Map<FrameworkSnapshot, List<Object[]>> byFramework = new LinkedHashMap<>();
    for (Object[] worker : workers) {
      byFramework
          .computeIfAbsent(frameworkOf((String) worker[2]), k -> new ArrayList<>())
          .add(worker);
    }
    List<GapRule.Need> needs = new ArrayList<>();
    byFramework.forEach(
        (framework, group) -> {
          Map<String, Map<String, Integer>> levels =
              attainment.levelsOfPeople(
                  group.stream().map(w -> (String) w[0]).toList(), framework, day);
          for (Object[] worker : group) {
            String username = (String) worker[1];
            StageView next = GapReportService.stage(framework, (String) worker[2], null);
            needs.addAll(
                GapRule.needs(
                    username,
                    GapRule.gaps(next.requirements(), levels.getOrDefault(username, Map.of()))));
          }
        });

    Competencies known = new Competencies(byFramework.keySet());
    TeamNeeds.Analysis analysis =
        TeamNeeds.analyse(
            needs, needs.isEmpty() ? List.of() : offers(byFramework.keySet()), known.order());
    return new TrainingNeeds(
        organisation.getId(),
        organisation.getName(),
        day,
        workers.size(),
        analysis.workersWithGaps(),
        new TrainingNeeds.Totals(
            analysis.gapPoints(),
            analysis.pointsClosed(),
            analysis.pointsLeft(),
            analysis.courses().size(),
            analysis.hours(),
            analysis.hoursPerPoint()),
        analysis.gaps().stream()
            .map(
                g ->
                    new TrainingNeeds.Gap(
                        g.competency(),
                        known.statement(g.competency()),
                        known.domain(g.competency()),
                        g.workers(),
                        g.points(),
                        g.lowestRequired(),
                        g.highestRequired()))
            .toList(),
        analysis.courses().stream().map(c -> course(c, known)).toList());
  }

  /**
   * A part of the analysis as CSV: {@code gaps} (the default), one row per competency with a gap
   * and the courses of the set that address it; or {@code courses}, one row per course of the set
   * in the order chosen. Any other part is an error of the field {@code part}.
   */
  public String csv(TrainingNeeds needs, String part) {
    String chosen = part == null || part.isBlank() ? "gaps" : part.strip();
    return switch (chosen) {
      case "gaps" -> gapsCsv(needs);
      case "courses" -> coursesCsv(needs);
      default ->
          throw InvalidInputException.of(
              "part", "progression.csv_part_unknown", chosen, String.join(", ", CSV_PARTS));
    };
  }

  /** The name a downloaded part goes by, without its extension. */
  public static String fileName(TrainingNeeds needs, String part) {
    String chosen = part == null || part.isBlank() ? "gaps" : part.strip();
    return "training-needs-" + chosen + "-" + needs.on();
  }

  private static String gapsCsv(TrainingNeeds needs) {
    Map<String, List<String>> coursesFor = new HashMap<>();
    for (TrainingNeeds.Course course : needs.courses()) {
      for (String competency : course.addresses()) {
        coursesFor.computeIfAbsent(competency, k -> new ArrayList<>()).add(name(course));
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (TrainingNeeds.Gap gap : needs.gaps()) {
      rows.add(
          List.of(
              nullToEmpty(gap.domain()),
              gap.competency(),
              nullToEmpty(gap.statement()),
              gap.workers(),
              gap.points(),
              gap.lowestRequired(),
              gap.highestRequired(),
              String.join("; ", coursesFor.getOrDefault(gap.competency(), List.of()))));
    }
    return Csv.write(
        List.of(
            "domain",
            "competency",
            "statement",
            "workers with a gap",
            "gap points",
            "lowest level required",
            "highest level required",
            "courses of the set"),
        rows);
  }

  private static String coursesCsv(TrainingNeeds needs) {
    List<List<Object>> rows = new ArrayList<>();
    int order = 0;
    for (TrainingNeeds.Course course : needs.courses()) {
      rows.add(
          List.of(
              ++order,
              course.code(),
              course.title(),
              nullToEmpty(course.provider()),
              course.hours().stripTrailingZeros().toPlainString(),
              course.points(),
              course.peopleHelped(),
              course.hoursPerPoint().toPlainString(),
              String.join("; ", course.addresses())));
    }
    return Csv.write(
        List.of(
            "order",
            "code",
            "title",
            "provider",
            "hours",
            "gap points closed",
            "people helped",
            "hours per gap point",
            "competencies addressed"),
        rows);
  }

  private static String name(TrainingNeeds.Course course) {
    return course.code() == null || course.code().isBlank()
        ? course.title()
        : course.code() + " " + course.title();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static TrainingNeeds.Course course(TeamNeeds.Course chosen, Competencies known) {
    GapRule.Offer offer = chosen.offer();
    return new TrainingNeeds.Course(
        offer.id(),
        offer.code(),
        offer.title(),
        offer.provider(),
        offer.hours(),
        chosen.points(),
        chosen.people(),
        chosen.hoursPerPoint(),
        chosen.addresses().stream().sorted(known.byOrder()).toList());
  }

  /**
   * The published courses as candidates, their mappings in the competency codes of the frameworks
   * the team is reported against (a course mapped to one competency in two of them counts at its
   * higher level).
   */
  private List<GapRule.Offer> offers(Set<FrameworkSnapshot> used) {
    return GapReportService.offers(courses.published(), used);
  }

  /**
   * The organisation, when the caller may see it (their own; any for the steward) and it exists;
   * else there is no such organisation for them.
   */
  private Organisation visible(Caller caller, String organisationId) {
    String id = organisationId == null ? "" : organisationId.strip();
    Organisation organisation =
        id.isEmpty() || !policy.maySeeOrganisation(caller, id)
            ? null
            : em.find(Organisation.class, id);
    if (organisation == null) {
      throw new NotVisibleException("organisation");
    }
    return organisation;
  }

  private FrameworkSnapshot frameworkOf(String stageCode) {
    return (stageCode == null ? frameworks.current() : frameworks.forStage(stageCode))
        .or(frameworks::current)
        .orElseThrow(() -> new NotVisibleException("framework"));
  }

  /** The competencies of the frameworks reported against: their order, statements and domains. */
  private static final class Competencies {

    private final List<String> order = new ArrayList<>();
    private final Map<String, String> statements = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();

    Competencies(Set<FrameworkSnapshot> used) {
      Set<String> seen = new LinkedHashSet<>();
      for (FrameworkSnapshot framework : used) {
        for (DomainView domain : framework.outline().domains()) {
          for (CompetencyView competency : domain.competencies()) {
            if (seen.add(competency.code())) {
              order.add(competency.code());
              statements.put(competency.code(), competency.statement());
              domains.put(competency.code(), domain.code());
            }
          }
        }
      }
    }

    List<String> order() {
      return order;
    }

    String statement(String code) {
      return statements.get(code);
    }

    String domain(String code) {
      return domains.get(code);
    }

    Comparator<String> byOrder() {
      Map<String, Integer> position = new HashMap<>();
      for (int i = 0; i < order.size(); i++) {
        position.put(order.get(i), i);
      }
      return Comparator.comparingInt((String code) -> position.getOrDefault(code, order.size()))
          .thenComparing(Comparator.naturalOrder());
    }
  }
}
