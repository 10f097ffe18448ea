package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Two snapshots side by side: each worker in either, with readiness before and after and the gaps
 * closed and opened between them.
 *
 * @param snapshot the later snapshot
 * @param earlier the earlier one
 */
@JsonbPropertyOrder({
  "snapshot",
  "on",
  "earlier",
  "earlierOn",
  "averageReadiness",
  "earlierAverageReadiness",
  "workers"
})
public record SnapshotComparison(
    String snapshot,
    LocalDate on,
    String earlier,
    LocalDate earlierOn,
    Double averageReadiness,
    Double earlierAverageReadiness,
    List<Change> workers)
    implements Serializable {

  public SnapshotComparison {
    workers = List.copyOf(workers);
  }

  /**
   * One worker's change; {@code before} is null for a worker only in the later snapshot and {@code
   * after} for one only in the earlier.
   *
   * @param closed competencies with a gap before and none after
   * @param opened competencies with a gap after and none before (a new stage, or evidence lapsed)
   */
  @JsonbPropertyOrder({"username", "displayName", "before", "after", "closed", "opened"})
  public record Change(
      String username,
      String displayName,
      Double before,
      Double after,
      List<String> closed,
      List<String> opened)
      implements Serializable {

    public Change {
      closed = List.copyOf(closed);
      opened = List.copyOf(opened);
    }
  }
}
