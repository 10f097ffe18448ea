package org.linkworker.trellis.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkworker.trellis.authoring.boundary.VersionDiff.ChangeKind;
import org.linkworker.trellis.authoring.boundary.VersionDiff.DiffCompetency;
import org.linkworker.trellis.authoring.boundary.VersionDiff.VersionChange;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * What changed between two versions of a framework, for the steward: each competency of the earlier
 * version and of the later one in a change (unchanged, changed, split, merged, new, retired), read
 * from what each later competency continues (PRODUCT.md: Versions), through any versions between
 * the two; and, for each change, how many workers, CPD entries and courses have evidence or
 * mappings on the earlier competencies it concerns.
 *
 * <p>A fixed number of statements however large the frameworks: the code's versions, the
 * competencies of the versions compared and those between them, their continuations, then one
 * statement each for claims, assessments, entries and courses over all the earlier competencies at
 * once.
 */
@Stateless
public class VersionDiffService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  /**
   * The changes from version {@code from} of a framework to version {@code version}.
   *
   * @param from the earlier version; null for the highest version below {@code version}
   * @param withUnchanged whether the list holds the unchanged competencies too (they are always
   *     counted)
   * @throws AccessDeniedException unless the caller is the steward
   * @throws NotVisibleException when the code, either version or (with no {@code from}) an earlier
   *     version is not there
   * @throws InvalidInputException field {@code from}, when it is the same version or a later one
   */
  public VersionDiff diff(
      @NotNull Caller caller,
      @NotNull String code,
      @NotNull String version,
      String from,
      boolean withUnchanged) {
    if (!policy.mayAuthorFrameworks(caller)) {
      throw new AccessDeniedException("framework.diff_steward_only");
    }
    List<Framework> versions =
        new ArrayList<>(
            em.createQuery("select f from Framework f where f.code = :code", Framework.class)
                .setParameter("code", code)
                .getResultList());
    versions.sort(Comparator.comparing(Framework::getVersion, FrameworkService.VERSION_ORDER));
    Framework later =
        versions.stream()
            .filter(f -> f.getVersion().equals(version))
            .findFirst()
            .orElseThrow(
                () -> NotVisibleException.because("framework.diff_unknown", code, version));
    Framework earlier;
    if (from == null || from.isBlank()) {
      int at = versions.indexOf(later);
      if (at == 0) {
        throw NotVisibleException.because("framework.diff_no_earlier", code, version);
      }
      earlier = versions.get(at - 1);
    } else {
      String asked = from.strip();
      if (asked.equals(version)) {
        throw InvalidInputException.of("from", "framework.diff_same_version", code, version);
      }
      earlier =
          versions.stream()
              .filter(f -> f.getVersion().equals(asked))
              .findFirst()
              .orElseThrow(
                  () -> NotVisibleException.because("framework.diff_unknown", code, asked));
      if (FrameworkService.VERSION_ORDER.compare(asked, version) > 0) {
        throw InvalidInputException.of("from", "framework.diff_from_later", code, asked, version);
      }
    }
    // the versions compared and those between them, whose competencies may carry a continuation
    List<Framework> span = versions.subList(versions.indexOf(earlier), versions.indexOf(later) + 1);
    return compare(code, earlier, later, span, withUnchanged);
  }

  /**
   * The diff as a CSV file: one row per competency of each change (a split has a row per new
   * competency, a merge a row per old one), with the change's counts on every row.
   */
  public String csv(VersionDiff diff) {
    List<List<?>> rows = new ArrayList<>();
    for (VersionChange change : diff.changes()) {
      int lines = Math.max(1, Math.max(change.from().size(), change.to().size()));
      for (int i = 0; i < lines; i++) {
        DiffCompetency old = pick(change.from(), i);
        DiffCompetency successor = pick(change.to(), i);
        rows.add(
            List.of(
                change.kind().name(),
                old == null ? "" : old.code(),
                old == null ? "" : old.title(),
                successor == null ? "" : successor.code(),
                successor == null ? "" : successor.title(),
                String.join(" ", change.fields()),
                change.workers(),
                change.entries(),
                change.courses()));
      }
    }
    return Csv.write(
        List.of(
            "kind",
            "from_code",
            "from_title",
            "to_code",
            "to_title",
            "fields",
            "workers",
            "entries",
            "courses"),
        rows);
  }

  /** The diff as a PDF file for printing (A4 landscape): the counts, then a row per change. */
  public byte[] pdf(VersionDiff diff) {
    return VersionDiffDocument.render(diff);
  }

  /** The name of the diff's download, without its extension. */
  public static String fileName(VersionDiff diff) {
    return ("framework-diff-" + diff.code() + "-" + diff.from() + "-to-" + diff.to())
        .toLowerCase()
        .replaceAll("[^a-z0-9.-]", "-");
  }

  private static DiffCompetency pick(List<DiffCompetency> refs, int i) {
    if (refs.isEmpty()) {
      return null;
    }
    return refs.size() == 1 ? refs.get(0) : i < refs.size() ? refs.get(i) : null;
  }

  /** A competency as the diff reads it. */
  private record Item(
      String id,
      String frameworkId,
      String code,
      String statement,
      String domain,
      int domainPosition,
      int position) {

    DiffCompetency ref() {
      return new DiffCompetency(code, statement);
    }
  }

  private static final Comparator<Item> FRAMEWORK_ORDER =
      Comparator.comparingInt(Item::domainPosition).thenComparingInt(Item::position);

  private VersionDiff compare(
      String code,
      Framework earlier,
      Framework later,
      List<Framework> span,
      boolean withUnchanged) {
    List<String> spanIds = span.stream().map(Framework::getId).toList();
    Map<String, Item> items = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.id, c.framework.id, c.code, c.statement, d.code, d.position, c.position"
                    + " from Competency c join c.domain d where c.framework.id in :frameworks",
                Object[].class)
            .setParameter("frameworks", spanIds)
            .getResultList()) {
      Item item =
          new Item(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              ((Number) row[5]).intValue(),
              ((Number) row[6]).intValue());
      items.put(item.id(), item);
    }
    Map<String, List<String>> continues = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.id, e.id from Competency c join c.continues e"
                    + " where c.framework.id in :frameworks",
                Object[].class)
            .setParameter("frameworks", spanIds)
            .getResultList()) {
      continues.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
    }

    List<Item> olds = ofFramework(items, earlier);
    List<Item> news = ofFramework(items, later);
    Map<String, List<Item>> predecessors = new HashMap<>();
    Map<String, List<Item>> successors = new HashMap<>();
    for (Item successor : news) {
      Set<String> reached = new LinkedHashSet<>();
      reach(successor.id(), continues, new HashSet<>(), reached, items, earlier.getId());
      List<Item> found = reached.stream().map(items::get).sorted(FRAMEWORK_ORDER).toList();
      predecessors.put(successor.id(), found);
      for (Item old : found) {
        successors.computeIfAbsent(old.id(), k -> new ArrayList<>()).add(successor);
      }
    }

    List<Draft> drafts = new ArrayList<>();
    for (Item old : olds) {
      List<Item> next = successors.getOrDefault(old.id(), List.of());
      if (next.isEmpty()) {
        drafts.add(new Draft(ChangeKind.RETIRED, List.of(old), List.of(), List.of(), old));
      } else if (next.size() > 1) {
        drafts.add(
            new Draft(
                ChangeKind.SPLIT,
                List.of(old),
                next.stream().sorted(FRAMEWORK_ORDER).toList(),
                List.of(),
                next.get(0)));
      }
    }
    for (Item successor : news) {
      List<Item> before = predecessors.get(successor.id());
      if (before.isEmpty()) {
        drafts.add(new Draft(ChangeKind.NEW, List.of(), List.of(successor), List.of(), successor));
      } else if (before.size() > 1) {
        drafts.add(new Draft(ChangeKind.MERGED, before, List.of(successor), List.of(), successor));
      } else if (successors.get(before.get(0).id()).size() == 1) {
        Item old = before.get(0);
        List<String> fields = new ArrayList<>();
        if (!old.code().equals(successor.code())) {
          fields.add("code");
        }
        if (!old.domain().equals(successor.domain())) {
          fields.add("domain");
        }
        if (!old.statement().equals(successor.statement())) {
          fields.add("title");
        }
        drafts.add(
            new Draft(
                fields.isEmpty() ? ChangeKind.UNCHANGED : ChangeKind.CHANGED,
                List.of(old),
                List.of(successor),
                fields,
                successor));
      }
    }

    Map<ChangeKind, Integer> byKind = new EnumMap<>(ChangeKind.class);
    drafts.forEach(d -> byKind.merge(d.kind(), 1, Integer::sum));
    List<Draft> listed =
        drafts.stream()
            .filter(d -> withUnchanged || d.kind() != ChangeKind.UNCHANGED)
            .sorted(
                Comparator.comparingInt((Draft d) -> KIND_ORDER.indexOf(d.kind()))
                    .thenComparing(Draft::place, FRAMEWORK_ORDER))
            .toList();
    Touched touched = touched(listed);
    List<VersionChange> changes =
        listed.stream()
            .map(
                d -> {
                  Set<String> ids = new HashSet<>();
                  d.from().forEach(i -> ids.add(i.id()));
                  return new VersionChange(
                      d.kind(),
                      d.from().stream().map(Item::ref).toList(),
                      d.to().stream().map(Item::ref).toList(),
                      d.fields(),
                      touched.workers().distinct(ids),
                      touched.entries().distinct(ids),
                      touched.courses().distinct(ids));
                })
            .toList();
    return new VersionDiff(
        code, earlier.getVersion(), later.getVersion(), new DiffCounts(byKind), changes);
  }

  private static final List<ChangeKind> KIND_ORDER =
      List.of(
          ChangeKind.SPLIT,
          ChangeKind.MERGED,
          ChangeKind.CHANGED,
          ChangeKind.NEW,
          ChangeKind.RETIRED,
          ChangeKind.UNCHANGED);

  /** A change before its counts; {@code place} orders it within its kind. */
  private record Draft(
      ChangeKind kind, List<Item> from, List<Item> to, List<String> fields, Item place) {}

  private static List<Item> ofFramework(Map<String, Item> items, Framework framework) {
    return items.values().stream()
        .filter(i -> i.frameworkId().equals(framework.getId()))
        .sorted(FRAMEWORK_ORDER)
        .toList();
  }

  /**
   * Collects the competencies of the earlier version that {@code id} continues, directly or through
   * competencies of the versions between.
   */
  private static void reach(
      String id,
      Map<String, List<String>> continues,
      Set<String> visited,
      Set<String> reached,
      Map<String, Item> items,
      String earlierId) {
    for (String next : continues.getOrDefault(id, List.of())) {
      Item item = items.get(next);
      if (item == null || !visited.add(next)) {
        continue; // a version outside the span, or seen already
      }
      if (item.frameworkId().equals(earlierId)) {
        reached.add(next);
      } else {
        reach(next, continues, visited, reached, items, earlierId);
      }
    }
  }

  /** Who and what holds evidence or mappings on each earlier competency: its pairs. */
  private record Touched(Pairs workers, Pairs entries, Pairs courses) {}

  /** Competency identifier to the distinct things (people, entries, courses) on it. */
  private record Pairs(Map<String, Set<String>> byCompetency) {

    static Pairs of(List<Object[]> rows) {
      Map<String, Set<String>> by = new HashMap<>();
      for (Object[] row : rows) {
        by.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
      }
      return new Pairs(by);
    }

    Pairs and(Pairs other) {
      Map<String, Set<String>> by = new HashMap<>();
      byCompetency.forEach((k, v) -> by.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
      other.byCompetency.forEach((k, v) -> by.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
      return new Pairs(by);
    }

    /** How many distinct things are on any of the competencies. */
    long distinct(Set<String> competencies) {
      if (competencies.size() == 1) {
        return byCompetency.getOrDefault(competencies.iterator().next(), Set.of()).size();
      }
      Set<String> all = new HashSet<>();
      competencies.forEach(c -> all.addAll(byCompetency.getOrDefault(c, Set.of())));
      return all.size();
    }
  }

  /** Four statements for every change at once: claims, assessments, entries and courses. */
  private Touched touched(List<Draft> listed) {
    List<String> ids =
        listed.stream().flatMap(d -> d.from().stream()).map(Item::id).distinct().toList();
    if (ids.isEmpty()) {
      Pairs none = new Pairs(Map.of());
      return new Touched(none, none, none);
    }
    Pairs claimants =
        Pairs.of(
            em.createQuery(
                    "select distinct c.competencyId, o.id from CpdEntry e join e.owner o"
                        + " join e.claims c where c.competencyId in :ids and e.status <> :draft",
                    Object[].class)
                .setParameter("ids", ids)
                .setParameter("draft", EntryStatus.DRAFT)
                .getResultList());
    Pairs assessed =
        Pairs.of(
            em.createQuery(
                    "select distinct a.competencyId, o.id from Assessment a join a.owner o"
                        + " where a.competencyId in :ids and a.withdrawnUtc is null",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList());
    Pairs entries =
        Pairs.of(
            em.createQuery(
                    "select distinct c.competencyId, e.id from CpdEntry e join e.claims c"
                        + " where c.competencyId in :ids",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList());
    Pairs courses =
        Pairs.of(
            em.createQuery(
                    "select distinct m.competencyId, k.id from Course k join k.mappings m"
                        + " where m.competencyId in :ids",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList());
    return new Touched(claimants.and(assessed), entries, courses);
  }
}
