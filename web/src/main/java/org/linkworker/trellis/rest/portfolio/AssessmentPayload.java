package org.linkworker.trellis.rest.portfolio;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.portfolio.boundary.AssessmentInput;

/** The body of {@code POST /api/people/{username}/assessments}. Left out, {@code date} is today. */
@Schema(name = "AssessmentInput", description = "A supervisor's direct assessment of their worker")
@JsonbPropertyOrder({"competency", "level", "date", "note"})
public record AssessmentPayload(
    @Schema(example = "PC.1", description = "A competency of the worker's framework")
        String competency,
    @Schema(example = "2", description = "One of the framework's levels") Integer level,
    @Schema(nullable = true, example = "2026-11-20", description = "Not in the future")
        LocalDate date,
    @Schema(nullable = true, description = "At most 2,000 characters") String note) {

  AssessmentInput toInput() {
    return new AssessmentInput(date, competency, level, note);
  }
}
