package org.linkworker.trellis.portfolio.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.platform.validation.SingleLine;
import org.linkworker.trellis.portfolio.entity.Lengths;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.portfolio.entity.SupervisionRecord;

/**
 * A supervision session as the worker or their supervisor records it, checked with the constraints
 * of the {@link SupervisionRecord} it becomes (the same message keys). Left out, the date is today
 * and the supervisor is the worker's supervisor (when the worker records) or the caller (when their
 * supervisor does).
 *
 * @param supervisor the username of whoever gave the supervision, or null
 * @param notes the worker's private notes, or null; only the worker may write them
 */
public record SupervisionInput(
    LocalDate date,
    @NotNull(message = "{supervisionRecord.minutes.required}")
        @Min(value = SupervisionRecord.MIN_MINUTES, message = "{supervisionRecord.minutes.range}")
        @Max(value = SupervisionRecord.MAX_MINUTES, message = "{supervisionRecord.minutes.range}")
        Integer minutes,
    @NotNull(message = "{supervisionRecord.kind.required}") SupervisionKind kind,
    @Size(max = Lengths.USERNAME, message = "{supervisionRecord.supervisor.size}") @SingleLine
        String supervisor,
    @Size(max = Lengths.SUPERVISION_NOTES, message = "{supervisionRecord.notes.size}") @MultiLine
        String notes) {

  public SupervisionInput {
    supervisor = Blank.orNull(supervisor);
    notes = Blank.orNull(notes);
  }
}
