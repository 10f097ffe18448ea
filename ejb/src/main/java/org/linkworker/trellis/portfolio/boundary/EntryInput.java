package org.linkworker.trellis.portfolio.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.platform.validation.SingleLine;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Lengths;

/**
 * A CPD entry as its owner writes it, checked with the constraints of the {@link CpdEntry} it
 * becomes (the same message keys). Left out: the date is today, the hours are the linked course's
 * CPD hours or one hour, the reflection is empty, and there are no claims.
 *
 * @param course a catalogue course's identifier, or null
 * @param standard a code of practice standard's code, or null
 */
public record EntryInput(
    LocalDate date,
    @NotBlank(message = "{cpdEntry.title.required}")
        @Size(max = Lengths.TITLE, message = "{cpdEntry.title.size}")
        @SingleLine
        String title,
    @NotNull(message = "{cpdEntry.type.required}") ActivityType type,
    @DecimalMin(value = CpdEntry.MIN_HOURS, message = "{cpdEntry.hours.range}")
        @DecimalMax(value = CpdEntry.MAX_HOURS, message = "{cpdEntry.hours.range}")
        @Digits(integer = 3, fraction = 2, message = "{cpdEntry.hours.digits}")
        BigDecimal hours,
    boolean participatory,
    @Size(max = Lengths.IDENTIFIER) @SingleLine String course,
    @Size(max = Lengths.CODE, message = "{cpdEntry.standard.size}") @SingleLine String standard,
    @Valid ReflectionInput reflection,
    List<@NotNull @Valid ClaimInput> claims) {

  public EntryInput {
    title = title == null ? null : title.strip();
    course = Blank.orNull(course);
    standard = Blank.orNull(standard);
    claims = claims == null ? List.of() : java.util.Collections.unmodifiableList(claims);
  }

  /** The three parts of a reflection, each optional. */
  public record ReflectionInput(
      @Size(max = Lengths.REFLECTION, message = "{cpdEntry.reflection.size}") @MultiLine
          String what,
      @Size(max = Lengths.REFLECTION, message = "{cpdEntry.reflection.size}") @MultiLine
          String learned,
      @Size(max = Lengths.REFLECTION, message = "{cpdEntry.reflection.size}") @MultiLine
          String change) {

    public ReflectionInput {
      what = Blank.orNull(what);
      learned = Blank.orNull(learned);
      change = Blank.orNull(change);
    }
  }

  /** A claim: a competency by its code in the owner's framework, at one of its levels. */
  public record ClaimInput(
      @NotBlank(message = "{cpdEntry.claim.competency.required}")
          @Size(max = Lengths.CODE)
          @SingleLine
          String competency,
      @NotNull(message = "{cpdEntry.claim.level.required}") Integer level) {

    public ClaimInput {
      competency = Blank.orNull(competency);
    }
  }
}
