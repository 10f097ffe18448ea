package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.framework.control.CaseFrameworkWriter;
import org.linkworker.trellis.framework.entity.CareerStage;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.Standard;

/**
 * Reads frameworks: the list of versions, one version whole, and its CASE export. The current
 * version comes from the application-wide snapshot ({@link CurrentFrameworks}); any other version
 * is read in a fixed number of queries however large it is (see {@link OutlineReader}).
 */
@Stateless
public class FrameworkService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject CurrentFrameworks current;

  private final CaseFrameworkWriter writer = new CaseFrameworkWriter();

  /** Every framework version, newest first within a code. */
  public List<FrameworkSummary> list() {
    List<Framework> frameworks =
        new ArrayList<>(em.createNamedQuery(Framework.FIND_ALL, Framework.class).getResultList());
    frameworks.sort(
        Comparator.comparing(Framework::getCode)
            .thenComparing(Framework::getVersion, VERSION_ORDER.reversed()));
    return frameworks.stream()
        .map(
            f ->
                new FrameworkSummary(
                    f.getCode(), f.getVersion(), f.getTitle(), f.getStatus(), f.isCurrent()))
        .toList();
  }

  /**
   * The default framework's current version, if one is loaded: from the application-wide snapshot,
   * without a statement (see {@link CurrentFrameworks}).
   */
  public Optional<FrameworkOutline> findCurrent() {
    return current.current().map(FrameworkSnapshot::outline);
  }

  /**
   * The current version of the framework a person at this career stage works in (a person's
   * framework is their stage's; code in any case), from the application-wide snapshot without a
   * statement; the default framework's for no stage or a stage no current framework has.
   */
  public Optional<FrameworkOutline> findCurrentForStage(String stageCode) {
    Optional<FrameworkSnapshot> theirs =
        stageCode == null || stageCode.isBlank() ? Optional.empty() : current.forStage(stageCode);
    return theirs.or(current::current).map(FrameworkSnapshot::outline);
  }

  /** One framework version, whole. */
  public Optional<FrameworkOutline> find(
      @NotBlank(message = "{frameworkService.code.required}") String code,
      @NotBlank(message = "{frameworkService.version.required}") String version) {
    return findFramework(code, version).map(new OutlineReader(em)::read);
  }

  /**
   * One framework version as a CASE 1.1 CFPackage (the framework document, its items, associations
   * and rubric).
   */
  public Optional<JsonObject> exportCase(
      @NotBlank(message = "{frameworkService.code.required}") String code,
      @NotBlank(message = "{frameworkService.version.required}") String version) {
    return findFramework(code, version)
        .map(new OutlineReader(em)::contentToExport)
        .map(writer::write);
  }

  /** How many frameworks, competencies, career stages and standards are stored. */
  public FrameworkCounts counts() {
    return new FrameworkCounts(
        count(Framework.COUNT),
        count(Competency.COUNT),
        count(CareerStage.COUNT),
        count(Standard.COUNT));
  }

  private long count(String namedQuery) {
    return em.createNamedQuery(namedQuery, Long.class).getSingleResult();
  }

  private Optional<Framework> findFramework(String code, String version) {
    return em.createNamedQuery(Framework.FIND_BY_CODE_AND_VERSION, Framework.class)
        .setParameter("code", code)
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  /**
   * Versions compare by their dot-separated parts, numerically where both parts are numbers, so
   * that 10 comes after 9.
   */
  public static final Comparator<String> VERSION_ORDER =
      (left, right) -> {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
          String x = i < a.length ? a[i] : "";
          String y = i < b.length ? b[i] : "";
          int order =
              x.matches("\\d{1,9}") && y.matches("\\d{1,9}")
                  ? Integer.compare(Integer.parseInt(x), Integer.parseInt(y))
                  : x.compareTo(y);
          if (order != 0) {
            return order;
          }
        }
        return 0;
      };
}
