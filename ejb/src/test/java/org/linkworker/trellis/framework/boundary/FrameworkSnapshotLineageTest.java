package org.linkworker.trellis.framework.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.LevelView;
import org.linkworker.trellis.framework.entity.FrameworkStatus;

/**
 * What a framework version's competencies continue, as its snapshot answers it (PRODUCT.md:
 * Versions): through the versions between (v3 → v2 → v1), for a split, a merge and a new
 * competency; and a course's mappings carried to the successors unless mapped to them directly.
 */
class FrameworkSnapshotLineageTest {

  /** A version whose competencies have these identifiers (their codes are the same). */
  private static FrameworkOutline version(String number, String... competencies) {
    List<CompetencyView> views =
        Arrays.stream(competencies)
            .map(id -> new CompetencyView(id, id, "Statement " + id, new TreeMap<>()))
            .toList();
    return new FrameworkOutline(
        "f" + number,
        "F",
        number,
        "Framework",
        null,
        FrameworkStatus.PUBLISHED,
        true,
        List.of(new LevelView(1, "One"), new LevelView(2, "Two"), new LevelView(3, "Three")),
        List.of(new DomainView("d" + number, "D", "Domain", views)),
        List.of(),
        null);
  }

  // v1: a, b, c. v2: a2 continues a; bc2 continues b and c (merged). v3: a3 and x3 continue a2
  // (split), bc3 continues bc2, n3 is new.
  private static final Map<String, List<String>> CONTINUED =
      Map.of(
          "a2", List.of("a"),
          "bc2", List.of("b", "c"),
          "a3", List.of("a2"),
          "x3", List.of("a2"),
          "bc3", List.of("bc2"));

  private static FrameworkSnapshot three() {
    FrameworkOutline outline = version("3", "a3", "x3", "bc3", "n3");
    return new FrameworkSnapshot(
        outline, 3, 2, FrameworkSnapshots.predecessors(outline, CONTINUED));
  }

  @Test
  void aCompetencyContinuesEveryVersionBeforeItThroughTheVersionsBetween() {
    FrameworkSnapshot three = three();

    assertThat(Set.copyOf(three.lineage("a3"))).containsExactlyInAnyOrder("a3", "a2", "a");
    assertThat(Set.copyOf(three.lineage("bc3"))).containsExactlyInAnyOrder("bc3", "bc2", "b", "c");
    assertThat(three.lineage("n3")).containsExactly("n3");
    assertThat(three.continuesEarlierVersions()).isTrue();
  }

  @Test
  void anEarlierCompetencyCountsForEveryCompetencyOfTheVersionThatContinuesIt() {
    FrameworkSnapshot three = three();

    assertThat(three.countsFor("a")).containsExactlyInAnyOrder("a3", "x3");
    assertThat(three.countsFor("a2")).containsExactlyInAnyOrder("a3", "x3");
    assertThat(three.countsFor("c")).containsExactly("bc3");
    assertThat(three.countsFor("x3")).containsExactly("x3");
    assertThat(three.countsFor("elsewhere")).isEmpty();
  }

  @Test
  void aCoursesMappingsCountForTheSuccessorsItIsNotMappedToItself() {
    FrameworkSnapshot three = three();

    // mapped to v1's a at 3 and v2's bc2 at 1, and to v3's x3 itself at 1
    Map<String, Integer> carried = three.carriedLevels(Map.of("a", 3, "bc2", 1, "x3", 1));

    assertThat(carried).containsOnly(Map.entry("a3", 3), Map.entry("x3", 1), Map.entry("bc3", 1));
  }

  @Test
  void aVersionThatContinuesNothingCountsOnlyItsOwn() {
    FrameworkSnapshot one = new FrameworkSnapshot(version("1", "a", "b"), 3, 2);

    assertThat(one.continuesEarlierVersions()).isFalse();
    assertThat(one.countsFor("a")).containsExactly("a");
    assertThat(one.countsFor("a2")).isEmpty();
    assertThat(one.carriedLevels(Map.of("a", 2, "gone", 3))).containsOnly(Map.entry("a", 2));
  }
}
