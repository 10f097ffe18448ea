package org.linkworker.trellis.workforce.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.EvidenceRevision;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.progression.boundary.AttainmentService;
import org.linkworker.trellis.workforce.control.CoverageRule;

/**
 * An organisation's staff competency coverage (PRODUCT.md: Coverage) for its employer and the
 * steward: every active link worker's level in every competency of their framework on a day, beside
 * what their current stage requires, counted by competency. Someone who may not see the
 * organisation finds no such organisation, as for one that does not exist; someone of the
 * organisation who may not see its reports (a worker, a supervisor) is refused.
 *
 * <p>A fixed number of statements whatever the team and its evidence: the organisation (when not
 * cached), its evidence revision, its link workers with their supervisors, and, unless the team's
 * levels are kept from an earlier report at the same revision ({@link TeamLevels}), their claims
 * counted and their assessments' highest levels (per framework among them; there is one).
 */
@Stateless
public class CoverageService {

  private static final String WORKERS =
      "select p.id, p.username, p.displayName, p.stageCode, s.username, s.displayName"
          + " from Person p left join p.supervisor s where p.organisation.id = :organisation"
          + " and p.active = true"
          + " and org.linkworker.trellis.identity.entity.Role.LINK_WORKER member of p.roles"
          + " order by p.displayName, p.username";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AttainmentService attainment;

  @Inject CurrentFrameworks frameworks;

  @Inject TeamLevels teams;

  /**
   * The coverage of an organisation on a day (today when {@code on} is null), of the people at one
   * career stage ({@code stage}) or supervised by one person ({@code supervisor}, a username) when
   * given.
   *
   * @throws InvalidInputException for a stage that is not one of the frameworks' stages
   */
  public Coverage coverage(
      Caller caller, String organisationId, LocalDate on, String stage, String supervisor) {
    Organisation organisation = visible(caller, organisationId);
    if (!policy.maySeeReportsOf(caller, organisation.getId())) {
      throw new AccessDeniedException("workforce.not_your_organisation");
    }
    String stageFilter = blankToNull(stage);
    String supervisorFilter = blankToNull(supervisor);
    if (stageFilter != null
        && frameworks.all().stream().noneMatch(f -> f.stage(stageFilter).isPresent())) {
      throw InvalidInputException.of("stage", "workforce.coverage.stage_unknown", stageFilter);
    }
    LocalDate day = on == null ? attainment.today() : on;
    long revision = EvidenceRevision.read(em, organisation.getId());

    List<Object[]> workers = new ArrayList<>();
    Map<String, Coverage.Supervisor> supervisors = new TreeMap<>();
    for (Object[] row :
        em.createQuery(WORKERS, Object[].class)
            .setParameter("organisation", organisation.getId())
            .getResultList()) {
      if (row[4] != null) {
        supervisors.putIfAbsent(
            row[5] + "\u0000" + row[4], new Coverage.Supervisor((String) row[4], (String) row[5]));
      }
      if ((stageFilter == null || stageFilter.equals(row[3]))
          && (supervisorFilter == null || supervisorFilter.equals(row[4]))) {
        workers.add(row);
      }
    }
    Map<FrameworkSnapshot, List<Object[]>> byFramework = new LinkedHashMap<>();
    for (Object[] worker : workers) {
      byFramework
          .computeIfAbsent(frameworkOf((String) worker[3]), k -> new ArrayList<>())
          .add(worker);
    }
    if (byFramework.isEmpty()) {
      byFramework.put(
          frameworks.current().orElseThrow(() -> new NotVisibleException("framework")), List.of());
    }

    List<Coverage.StaffMember> staff = new ArrayList<>();
    List<Coverage.CompetencyCoverage> competencies = new ArrayList<>();
    List<LevelView> levels = List.of();
    Set<String> reported = new LinkedHashSet<>();
    for (Map.Entry<FrameworkSnapshot, List<Object[]>> group : byFramework.entrySet()) {
      FrameworkSnapshot framework = group.getKey();
      if (framework.outline().levels().size() > levels.size()) {
        levels = framework.outline().levels();
      }
      List<String> people = group.getValue().stream().map(w -> (String) w[0]).toList();
      Map<String, Map<String, Integer>> attained =
          people.isEmpty()
              ? Map.of()
              : teams.levels(
                  organisation.getId(),
                  framework.id(),
                  day,
                  revision,
                  people,
                  () -> attainment.levelsOfPeople(people, framework, day));
      List<String> codes = new ArrayList<>();
      for (DomainView domain : framework.outline().domains()) {
        for (CompetencyView competency : domain.competencies()) {
          codes.add(competency.code());
        }
      }
      List<CoverageRule.Member> team = new ArrayList<>();
      for (Object[] worker : group.getValue()) {
        String username = (String) worker[1];
        Map<String, Integer> required =
            framework.stage((String) worker[3]).map(StageView::requirements).orElse(Map.of());
        Map<String, Integer> held = attained.getOrDefault(username, Map.of());
        Map<String, Integer> levelsByCode = new LinkedHashMap<>();
        for (String code : codes) {
          levelsByCode.put(code, held.getOrDefault(code, 0));
        }
        team.add(new CoverageRule.Member(username, required, levelsByCode));
        staff.add(
            new Coverage.StaffMember(
                username,
                (String) worker[2],
                (String) worker[3],
                (String) worker[4],
                (String) worker[5],
                levelsByCode,
                new LinkedHashMap<>(required)));
      }
      for (CoverageRule.Figures figures : CoverageRule.figures(codes, framework.topLevel(), team)) {
        if (!reported.add(figures.competency())) {
          continue; // a code two frameworks share is reported once, by the first
        }
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        for (int level = 0; level < figures.byLevel().length; level++) {
          byLevel.put(Integer.toString(level), figures.byLevel()[level]);
        }
        CompetencyView competency = framework.competency(figures.competency()).orElseThrow();
        competencies.add(
            new Coverage.CompetencyCoverage(
                figures.competency(),
                competency.statement(),
                framework.domainOf(figures.competency()).map(DomainView::code).orElse(null),
                figures.required(),
                figures.covered(),
                figures.share(),
                byLevel,
                figures.singlePointOfFailure(),
                figures.soleHolder()));
      }
    }
    staff.sort(
        Comparator.comparing(Coverage.StaffMember::displayName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Coverage.StaffMember::username));
    return new Coverage(
        organisation.getId(),
        organisation.getName(),
        day,
        stageFilter,
        supervisorFilter,
        staff.size(),
        (int)
            competencies.stream().filter(Coverage.CompetencyCoverage::singlePointOfFailure).count(),
        (int) competencies.stream().filter(c -> c.required() > 0 && c.covered() == 0).count(),
        levels,
        competencies,
        staff,
        List.copyOf(supervisors.values()));
  }

  /**
   * The coverage as CSV: one row per competency ({@code competencies}) or per person ({@code
   * staff}).
   */
  public String csv(Coverage coverage, String part) {
    return CoverageFiles.csv(coverage, part);
  }

  /** The coverage as a PDF made for printing. */
  public byte[] pdf(Coverage coverage) {
    return CoverageFiles.render(coverage);
  }

  /** The name a download goes by, without its extension. */
  public static String fileName(Coverage coverage, String part) {
    return CoverageFiles.fileName(coverage, part);
  }

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

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
