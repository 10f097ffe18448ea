package org.linkworker.trellis.imports.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.linkworker.trellis.imports.entity.ImportKind;

/**
 * An import as pages and the API show it (API.md's import resource).
 *
 * @param status the batch status: {@code STARTING}, {@code STARTED}, {@code COMPLETED}, {@code
 *     FAILED} or {@code STOPPED}
 * @param errors the first {@link ImportService#ERRORS_SHOWN} errors, by line; all of them are in
 *     the error report
 * @param errorCount how many errors there are in all
 * @param kind what the file brings in: {@code COURSES} or {@code CPD_ENTRIES}
 */
@JsonbPropertyOrder({
  "id",
  "status",
  "progress",
  "created",
  "updated",
  "unchanged",
  "rejected",
  "errors",
  "errorCount",
  "kind",
  "fileName",
  "startedBy",
  "startedAt"
})
public record ImportView(
    String id,
    String status,
    Progress progress,
    int created,
    int updated,
    int unchanged,
    int rejected,
    List<ErrorLine> errors,
    long errorCount,
    ImportKind kind,
    String fileName,
    String startedBy,
    Instant startedAt)
    implements Serializable {

  public ImportView {
    errors = List.copyOf(errors);
  }

  /** Rows done of the whole. */
  @JsonbPropertyOrder({"done", "total"})
  public record Progress(int done, int total) implements Serializable {

    /** Done as a whole percentage, for a progress bar. */
    public int percent() {
      return total == 0 ? 100 : (int) Math.floor(100.0 * done / total);
    }
  }

  /** Why one row was refused: its line (the header is line 1), the column, what is wrong. */
  @JsonbPropertyOrder({"row", "column", "message"})
  public record ErrorLine(long row, String column, String message) implements Serializable {}

  /** Whether the job is still going (the page polls until it is not). */
  public boolean running() {
    return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
  }
}
