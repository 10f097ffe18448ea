package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * One worker's row of a snapshot: their gaps against their next stage on the snapshot's day.
 *
 * @param stage the stage reported against
 * @param readiness met ÷ required; null when the stage requires nothing
 * @param gaps every competency the stage requires, gap 0 included
 */
@JsonbPropertyOrder({
  "username",
  "displayName",
  "organisation",
  "currentStage",
  "stage",
  "required",
  "met",
  "readiness",
  "gaps"
})
public record SnapshotPerson(
    String username,
    String displayName,
    String organisation,
    String currentStage,
    String stage,
    int required,
    int met,
    Double readiness,
    List<Gap> gaps)
    implements Serializable {

  public SnapshotPerson {
    gaps = List.copyOf(gaps);
  }

  /** A competency the stage requires. */
  @JsonbPropertyOrder({"competency", "required", "attained", "gap"})
  public record Gap(String competency, int required, int attained, int gap)
      implements Serializable {}
}
