package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;

/**
 * A report job as API.md's {@code GET /api/reports/jobs/{id}} shows it.
 *
 * @param status {@code STARTING}, {@code STARTED}, {@code COMPLETED}, {@code FAILED} or {@code
 *     STOPPED}
 * @param endedAt when it last ended; null while it runs
 * @param result where its snapshot is read, once it has completed; null before
 * @param organisation the organisation reported on; null for every organisation
 */
@JsonbPropertyOrder({
  "id",
  "kind",
  "status",
  "progress",
  "startedAt",
  "endedAt",
  "result",
  "organisation",
  "on",
  "startedBy"
})
public record ReportJob(
    String id,
    String kind,
    String status,
    Progress progress,
    Instant startedAt,
    Instant endedAt,
    String result,
    String organisation,
    java.time.LocalDate on,
    String startedBy)
    implements Serializable {

  /** How many workers are written of how many. */
  @JsonbPropertyOrder({"done", "total"})
  public record Progress(long done, long total) implements Serializable {}

  public boolean running() {
    return "STARTING".equals(status) || "STARTED".equals(status);
  }
}
