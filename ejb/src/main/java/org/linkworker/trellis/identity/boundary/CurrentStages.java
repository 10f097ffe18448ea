package org.linkworker.trellis.identity.boundary;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;

/**
 * The career stages a person can be placed at: those of every current framework (a person's
 * framework is their stage's), answered from the application-wide snapshot without a statement.
 */
final class CurrentStages {

  private final CurrentFrameworks frameworks;

  CurrentStages(CurrentFrameworks frameworks) {
    this.frameworks = frameworks;
  }

  /** Every stage code, the default framework's first, each framework's in progression order. */
  List<String> codes() {
    return frameworks.all().stream().flatMap(f -> f.stageCodes().stream()).toList();
  }

  /** The stage code as its framework spells it, for a code given in any case. */
  Optional<String> find(String given) {
    return frameworks.forStage(given).flatMap(f -> f.stage(given)).map(StageView::code);
  }

  /**
   * Where a new link worker of an organisation starts when no stage is given: the first stage of
   * the organisation's framework, the one most of its link workers are on (a tie goes to the
   * framework listed first: the default one, then by code); the default framework's first stage for
   * an organisation with no link worker yet.
   *
   * @param workersByStage how many of the organisation's link workers are at each stage code
   */
  Optional<String> first(Map<String, Long> workersByStage) {
    Map<FrameworkSnapshot, Long> workersByFramework = new HashMap<>();
    workersByStage.forEach(
        (stage, workers) ->
            frameworks
                .forStage(stage)
                .ifPresent(f -> workersByFramework.merge(f, workers, Long::sum)));
    List<FrameworkSnapshot> all = frameworks.all();
    Optional<FrameworkSnapshot> theirs =
        workersByFramework.entrySet().stream()
            .max(
                Comparator.comparingLong(Map.Entry<FrameworkSnapshot, Long>::getValue)
                    .thenComparing(e -> -all.indexOf(e.getKey())))
            .map(Map.Entry::getKey);
    return theirs
        .or(frameworks::current)
        .flatMap(FrameworkSnapshot::firstStage)
        .map(StageView::code);
  }
}
