package org.linkworker.trellis.rest.portfolio;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.portfolio.boundary.SupervisionInput;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;

/**
 * The body of {@code POST /api/people/{username}/supervision} and {@code PUT
 * /api/supervision/{id}}. Left out, {@code date} is today and {@code supervisor} the worker's
 * supervisor (when the worker records), the caller (when their supervisor does) or, on a change,
 * whoever the record names. An update carries the {@code version} it read.
 */
@Schema(name = "SupervisionInput", description = "A supervision session")
@JsonbPropertyOrder({"date", "minutes", "kind", "supervisor", "notes", "version"})
public record SupervisionPayload(
    @Schema(nullable = true, example = "2026-11-20", description = "Not in the future")
        LocalDate date,
    @Schema(example = "60", description = "1 to 600") Integer minutes,
    SupervisionKind kind,
    @Schema(
            nullable = true,
            example = "sam.supervisor",
            description = "Who gave it: an active person of the worker's organisation")
        String supervisor,
    @Schema(
            nullable = true,
            description = "Private notes, at most 4,000 characters; only the worker writes them")
        String notes,
    @Schema(nullable = true, description = "The version read; required to update") Long version) {

  SupervisionInput toInput() {
    return new SupervisionInput(date, minutes, kind, supervisor, notes);
  }
}
