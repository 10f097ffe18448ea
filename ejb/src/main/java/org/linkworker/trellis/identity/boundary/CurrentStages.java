package org.linkworker.trellis.identity.boundary;

import java.util.List;
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

  /** Where a new link worker starts when no stage is given: the default framework's first. */
  Optional<String> first() {
    return frameworks.current().flatMap(FrameworkSnapshot::firstStage).map(StageView::code);
  }
}
