package org.linkworker.trellis.rest.progression;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What {@code POST /api/reports/gap-reports} is asked for.
 *
 * @param organisation the organisation's id, or null for every organisation (the steward)
 */
public record GapReportJobPayload(
    @Schema(description = "The organisation's id; null for every organisation", nullable = true)
        String organisation) {}
