package org.linkworker.trellis.identity.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkService;

/**
 * The career stage codes of the current framework, in progression order, read from the framework
 * component at most once per use (a request, a data file).
 */
final class CurrentStages {

  private final FrameworkService frameworks;
  private List<String> codes;

  CurrentStages(FrameworkService frameworks) {
    this.frameworks = frameworks;
  }

  /** The codes in order; none when no framework is current. */
  List<String> codes() {
    if (codes == null) {
      codes =
          frameworks
              .findCurrent()
              .map(
                  framework ->
                      framework.stages().stream()
                          .sorted(Comparator.comparingInt(StageView::order))
                          .map(StageView::code)
                          .toList())
              .orElse(List.of());
    }
    return codes;
  }

  /** The stage code as the framework spells it, for a code given in any case. */
  Optional<String> find(String given) {
    return codes().stream().filter(code -> code.equalsIgnoreCase(given.strip())).findFirst();
  }

  /** Where a new link worker starts when no stage is given. */
  Optional<String> first() {
    return codes().stream().findFirst();
  }
}
