package org.linkworker.trellis.workforce.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PRODUCT.md's Coverage rule over a team, exactly: per competency, the people whose current stage
 * requires it ({@code required}), how many of them attain at least the level their stage requires
 * ({@code covered}), {@code share} = covered ÷ required (none when no one requires it), how many
 * people hold each level (exactly that level, 0 included), and a single point of failure where
 * exactly one person covers it. Who is in the team (active link workers, a filter) is the caller's
 * choice; this class only counts.
 */
public final class CoverageRule {

  private CoverageRule() {}

  /**
   * One person of the team.
   *
   * @param username who
   * @param required competency code to the level their current stage requires; absent when not
   *     required
   * @param levels competency code to the level they attain; absent means 0
   */
  public record Member(
      String username, Map<String, Integer> required, Map<String, Integer> levels) {

    /** The level attained in a competency, 0 when none. */
    public int level(String competency) {
      Integer level = levels.get(competency);
      return level == null ? 0 : level;
    }

    /** The level required in a competency by the current stage, 0 when not required. */
    public int requires(String competency) {
      Integer level = required.get(competency);
      return level == null ? 0 : level;
    }

    /** Whether the stage requires the competency and the level attained reaches it. */
    public boolean covers(String competency) {
      int needed = requires(competency);
      return needed > 0 && level(competency) >= needed;
    }
  }

  /**
   * The figures of one competency.
   *
   * @param competency its code
   * @param required people whose current stage requires it
   * @param covered of those, people who attain the level required
   * @param share covered ÷ required; null when no one requires it
   * @param byLevel people holding each level, index = level (0 to the framework's top level)
   * @param soleHolder the one person who covers it when exactly one does; else null
   */
  public record Figures(
      String competency,
      int required,
      int covered,
      Double share,
      int[] byLevel,
      String soleHolder) {

    /** Exactly one person covers the competency. */
    public boolean singlePointOfFailure() {
      return covered == 1;
    }
  }

  /**
   * The figures of each competency, in the order given.
   *
   * @param competencies the competency codes reported, in order
   * @param topLevel the framework's highest level; a level above it is counted at it
   * @param team the people counted
   */
  public static List<Figures> figures(List<String> competencies, int topLevel, List<Member> team) {
    List<Figures> figures = new ArrayList<>(competencies.size());
    for (String competency : competencies) {
      int required = 0;
      int covered = 0;
      String holder = null;
      int[] byLevel = new int[topLevel + 1];
      for (Member member : team) {
        byLevel[Math.max(0, Math.min(topLevel, member.level(competency)))]++;
        if (member.requires(competency) > 0) {
          required++;
          if (member.covers(competency)) {
            covered++;
            holder = member.username();
          }
        }
      }
      figures.add(
          new Figures(
              competency,
              required,
              covered,
              required == 0 ? null : (double) covered / required,
              byLevel,
              covered == 1 ? holder : null));
    }
    return figures;
  }
}
