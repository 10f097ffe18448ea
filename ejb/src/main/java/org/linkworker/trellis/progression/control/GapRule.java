package org.linkworker.trellis.progression.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PRODUCT.md's Gap, Readiness and Recommendations, exactly. A gap is, per competency a stage
 * requires, {@code max(0, required − attained)}; readiness is the share of required competencies
 * with no gap. Recommendations are chosen greedily from published courses: each need starts at its
 * attained level; a course mapped to a competency at level m closes {@code min(m, required) −
 * current} points of every need in that competency where that is positive; the course that closes
 * the most points is taken (ties: fewer hours, then title in code-point order, then id), the levels
 * it reaches are raised, and the choice repeats until no course closes a point.
 *
 * <p>One worker's report and a team's training needs are the same choice: a team's needs are every
 * worker's gaps side by side, so a course counts the points it closes for all of them and says how
 * many people it helps.
 */
public final class GapRule {

  private GapRule() {}

  /** A competency a stage requires, and how far the worker is from it. */
  public record Gap(String competency, int required, int attained, int gap) {

    public boolean met() {
      return gap == 0;
    }
  }

  /** One person's need in one competency: from the level attained up to the level required. */
  public record Need(String person, String competency, int attained, int required) {}

  /**
   * A published course as a candidate: its mappings as competency code to the highest level it is
   * mapped at, and the provider's name to show.
   */
  public record Offer(
      String id,
      String code,
      String title,
      BigDecimal hours,
      Map<String, Integer> levels,
      String provider) {

    public Offer {
      levels = Map.copyOf(levels);
    }
  }

  /**
   * A course chosen, with the points it closes when it is chosen, the competencies it addresses
   * (those it closes a point in, in the order of the needs) and the people it helps.
   */
  public record Pick(Offer offer, int points, List<String> addresses, Set<String> people) {

    public Pick {
      addresses = List.copyOf(addresses);
      people = Set.copyOf(people);
    }
  }

  /**
   * Every competency the profile requires (level 1 or above), in the profile's order, against the
   * attained levels (a competency absent from {@code attained} is at level 0).
   */
  public static List<Gap> gaps(Map<String, Integer> requirements, Map<String, Integer> attained) {
    List<Gap> gaps = new ArrayList<>();
    requirements.forEach(
        (competency, required) -> {
          if (required != null && required > 0) {
            int held = attained.getOrDefault(competency, 0);
            gaps.add(new Gap(competency, required, held, Math.max(0, required - held)));
          }
        });
    return gaps;
  }

  /** Competencies with no gap ÷ competencies required; null when the stage requires none. */
  public static Double readiness(List<Gap> gaps) {
    if (gaps.isEmpty()) {
      return null;
    }
    long met = gaps.stream().filter(Gap::met).count();
    return (double) met / gaps.size();
  }

  /** One person's needs: their gaps above zero. */
  public static List<Need> needs(String person, List<Gap> gaps) {
    return gaps.stream()
        .filter(gap -> gap.gap() > 0)
        .map(gap -> new Need(person, gap.competency(), gap.attained(), gap.required()))
        .toList();
  }

  /** The greedy choice of courses for the needs, in the order they are chosen. */
  public static List<Pick> recommend(Collection<Need> needs, Collection<Offer> offers) {
    List<Need> open = List.copyOf(needs);
    int[] current = new int[open.size()];
    Map<String, List<Integer>> byCompetency = new LinkedHashMap<>();
    for (int i = 0; i < open.size(); i++) {
      current[i] = open.get(i).attained();
      byCompetency.computeIfAbsent(open.get(i).competency(), k -> new ArrayList<>()).add(i);
    }
    List<Offer> candidates = new ArrayList<>();
    for (Offer offer : offers) {
      if (offer.levels().keySet().stream().anyMatch(byCompetency::containsKey)) {
        candidates.add(offer);
      }
    }
    List<Pick> picks = new ArrayList<>();
    while (!candidates.isEmpty()) {
      Offer best = null;
      int bestPoints = 0;
      for (Iterator<Offer> each = candidates.iterator(); each.hasNext(); ) {
        Offer offer = each.next();
        int points = points(offer, byCompetency, open, current);
        if (points == 0) {
          // Levels only rise as courses are taken: a course closing nothing now never will.
          each.remove();
        } else if (best == null
            || points > bestPoints
            || points == bestPoints && BEFORE.compare(offer, best) < 0) {
          best = offer;
          bestPoints = points;
        }
      }
      if (best == null) {
        break;
      }
      picks.add(take(best, bestPoints, byCompetency, open, current));
      candidates.remove(best);
    }
    return picks;
  }

  /** The tie-break between courses closing the same points: fewer hours, title, id. */
  static final Comparator<Offer> BEFORE =
      Comparator.comparing(Offer::hours)
          .thenComparing(Offer::title, GapRule::compareCodePoints)
          .thenComparing(Offer::id, GapRule::compareCodePoints);

  private static int points(
      Offer offer, Map<String, List<Integer>> byCompetency, List<Need> open, int[] current) {
    int points = 0;
    for (Map.Entry<String, Integer> mapping : offer.levels().entrySet()) {
      for (int i : byCompetency.getOrDefault(mapping.getKey(), List.of())) {
        points += Math.max(0, Math.min(mapping.getValue(), open.get(i).required()) - current[i]);
      }
    }
    return points;
  }

  private static Pick take(
      Offer offer,
      int points,
      Map<String, List<Integer>> byCompetency,
      List<Need> open,
      int[] current) {
    Set<String> addressed = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    Map<String, Integer> levels = new HashMap<>(offer.levels());
    for (Map.Entry<String, List<Integer>> competency : byCompetency.entrySet()) {
      Integer mapped = levels.get(competency.getKey());
      if (mapped == null) {
        continue;
      }
      for (int i : competency.getValue()) {
        int reached = Math.min(mapped, open.get(i).required());
        if (reached > current[i]) {
          current[i] = reached;
          addressed.add(competency.getKey());
          people.add(open.get(i).person());
        }
      }
    }
    return new Pick(offer, points, List.copyOf(addressed), people);
  }

  /** Strings in Unicode code-point order (String.compareTo orders UTF-16 units instead). */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
