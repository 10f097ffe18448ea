package org.linkworker.trellis.workforce.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.linkworker.trellis.framework.boundary.FrameworksChanged;

/**
 * The levels of organisations' teams, kept between coverage reports: a team of 300 link workers
 * costs its claims counted and its assessments read, a few hundred milliseconds on Derby, and an
 * employer opens the heatmap, filters it and downloads it many times over unchanged evidence. Each
 * team's levels are kept with the organisation's evidence revision they were read at (see {@code
 * EvidenceRevision}), for one framework and one day; a report reads the revision (one statement)
 * and uses what is kept when it has not moved and holds everyone asked about, else reads the levels
 * again. At most {@link #TEAMS} teams are kept, the least recently used leaving first.
 */
@ApplicationScoped
public class TeamLevels {

  /** How many teams (organisation, framework, day) are kept at most. */
  static final int TEAMS = 256;

  private record Key(String organisation, String framework, LocalDate day) {}

  private record Kept(
      long revision, Set<String> people, Map<String, Map<String, Integer>> levels) {}

  private final Map<Key, Kept> kept =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
          return size() > TEAMS;
        }
      };

  /**
   * The levels of the given people (username to competency code to level) of an organisation in a
   * framework on a day: those kept, when read at this revision for everyone asked about, else
   * {@code read}'s answer, then kept.
   *
   * @param revision the organisation's evidence revision, read before anything else of the report
   * @param people the identifiers of the people asked about
   */
  public Map<String, Map<String, Integer>> levels(
      String organisation,
      String framework,
      LocalDate day,
      long revision,
      Collection<String> people,
      Supplier<Map<String, Map<String, Integer>>> read) {
    Key key = new Key(organisation, framework, day);
    synchronized (kept) {
      Kept known = kept.get(key);
      if (known != null && known.revision() == revision && known.people().containsAll(people)) {
        return known.levels();
      }
    }
    Map<String, Map<String, Integer>> levels = Map.copyOf(read.get());
    synchronized (kept) {
      kept.put(key, new Kept(revision, new HashSet<>(people), levels));
    }
    return levels;
  }

  /** A framework changed: its competencies or stages may be others now. */
  public void frameworksChanged(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) FrameworksChanged change) {
    forget();
  }

  /** Forgets every team. */
  public void forget() {
    synchronized (kept) {
      kept.clear();
    }
  }
}
