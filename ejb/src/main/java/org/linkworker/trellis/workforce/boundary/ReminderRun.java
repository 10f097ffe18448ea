package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the reminders job, as {@code GET /api/reports/reminders/{id}} shows it.
 *
 * @param id the batch execution's id
 * @param status {@code STARTING}, {@code STARTED}, {@code COMPLETED}, {@code FAILED}, {@code
 *     STOPPING}, {@code STOPPED} or {@code ABANDONED}
 * @param on the day the reminders were worked out for
 * @param endedAt when it ended; null while it runs
 * @param reminders how many reminders this run sent (each a notification; those another run had
 *     sent already are not counted)
 * @param emailed how many of them went out by email
 * @param emailFailed how many emails the SMTP server refused or could not take (not tried again)
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "status",
  "on",
  "startedAt",
  "endedAt",
  "reminders",
  "emailed",
  "emailFailed"
})
public record ReminderRun(
    String id,
    String status,
    LocalDate on,
    Instant startedAt,
    Instant endedAt,
    long reminders,
    long emailed,
    long emailFailed)
    implements Serializable {

  public boolean running() {
    return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
  }
}
