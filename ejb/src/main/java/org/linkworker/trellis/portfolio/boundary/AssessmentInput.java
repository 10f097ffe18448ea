package org.linkworker.trellis.portfolio.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.platform.validation.SingleLine;
import org.linkworker.trellis.portfolio.entity.Assessment;
import org.linkworker.trellis.portfolio.entity.Lengths;

/**
 * A direct assessment as the supervisor gives it, checked with the constraints of the {@link
 * Assessment} it becomes (the same message keys). Left out, the date is today.
 *
 * @param competency a competency's code in the worker's framework
 * @param level one of that framework's levels
 * @param note what the supervisor adds, or null
 */
public record AssessmentInput(
    LocalDate date,
    @NotBlank(message = "{assessment.competency.required}")
        @Size(max = Lengths.CODE, message = "{assessment.competency.size}")
        @SingleLine
        String competency,
    @NotNull(message = "{assessment.level.required}") Integer level,
    @Size(max = Lengths.NOTE, message = "{assessment.note.size}") @MultiLine String note) {

  public AssessmentInput {
    competency = Blank.orNull(competency);
    note = Blank.orNull(note);
  }
}
