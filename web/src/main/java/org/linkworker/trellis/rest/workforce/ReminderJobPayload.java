package org.linkworker.trellis.rest.workforce;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /api/reports/reminders} is asked for; the body may be left out.
 *
 * @param on the day to work the reminders out for, or null for today
 */
public record ReminderJobPayload(
    @Schema(
            description = "The day the reminders are worked out for (default today)",
            nullable = true,
            example = "2027-02-01")
        String on) {}
