package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * How often one active link worker has been supervised, against their organisation's target
 * interval (PRODUCT.md: Supervision record). Counts and dates only: never the worker's private
 * notes, nor who gave the sessions.
 *
 * @param lastSession the date of the latest session on or before the day asked about, or null when
 *     there has been none
 * @param daysSinceLast days from the last session to the day asked about, or null
 * @param sessions sessions dated in {@code window}
 * @param minutes their minutes in total
 * @param window the twelve months ending on the day asked about
 * @param targetWeeks the organisation's target interval between sessions
 * @param nextDue the last session plus the target interval, or null when there has been none (due
 *     now)
 * @param overdue no session ever, or the day asked about is after {@code nextDue}
 */
@JsonbPropertyOrder({
  "username",
  "displayName",
  "stage",
  "supervisor",
  "supervisorName",
  "lastSession",
  "daysSinceLast",
  "sessions",
  "minutes",
  "window",
  "targetWeeks",
  "nextDue",
  "overdue"
})
public record TeamMemberSupervision(
    String username,
    String displayName,
    String stage,
    String supervisor,
    String supervisorName,
    LocalDate lastSession,
    Long daysSinceLast,
    long sessions,
    long minutes,
    ComplianceReport.Window window,
    int targetWeeks,
    LocalDate nextDue,
    boolean overdue)
    implements Serializable {}
