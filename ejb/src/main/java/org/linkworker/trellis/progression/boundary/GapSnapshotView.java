package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A completed (or partly written) snapshot of gap reports, summed up: readiness by the stage the
 * workers are reported against, and the most common gaps. The workers themselves are read a page at
 * a time ({@link SnapshotPerson}).
 *
 * @param organisation the organisation reported on; null for every organisation
 * @param workers how many workers it holds
 * @param ready how many of them have no gap against their next stage
 * @param averageReadiness the mean of their readiness; null when it holds none
 */
@JsonbPropertyOrder({
  "id",
  "organisation",
  "on",
  "status",
  "startedAt",
  "endedAt",
  "workers",
  "ready",
  "averageReadiness",
  "byStage",
  "commonGaps"
})
public record GapSnapshotView(
    String id,
    String organisation,
    LocalDate on,
    String status,
    Instant startedAt,
    Instant endedAt,
    int workers,
    int ready,
    Double averageReadiness,
    List<StageReadiness> byStage,
    List<CommonGap> commonGaps)
    implements Serializable {

  public GapSnapshotView {
    byStage = List.copyOf(byStage);
    commonGaps = List.copyOf(commonGaps);
  }

  /** Readiness of the workers reported against one stage. */
  @JsonbPropertyOrder({"stage", "workers", "ready", "averageReadiness"})
  public record StageReadiness(String stage, int workers, int ready, Double averageReadiness)
      implements Serializable {}

  /**
   * A competency in which workers have a gap: how many of them, and the gap points summed over
   * them.
   */
  @JsonbPropertyOrder({"competency", "workers", "points"})
  public record CommonGap(String competency, int workers, int points) implements Serializable {}
}
