package org.linkworker.trellis.rest.portfolio;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.portfolio.boundary.EntryInput;
import org.linkworker.trellis.portfolio.entity.ActivityType;

/**
 * The body of {@code POST /api/people/{username}/cpd-entries} and {@code PUT
 * /api/cpd-entries/{id}}. Left out: {@code date} is today, {@code hours} the course's CPD hours or
 * one hour. An update carries the {@code version} it read.
 */
@Schema(name = "CpdEntryInput", description = "A CPD entry as its link worker writes it")
@JsonbPropertyOrder({
  "date",
  "title",
  "type",
  "hours",
  "participatory",
  "course",
  "standard",
  "reflection",
  "claims",
  "version"
})
public record EntryPayload(
    @Schema(nullable = true, example = "2026-11-20") LocalDate date,
    @Schema(example = "Peer learning on benefits advice") String title,
    ActivityType type,
    @Schema(nullable = true, example = "1.5", description = "0.25 to 100") BigDecimal hours,
    Boolean participatory,
    @Schema(nullable = true, description = "A catalogue course's id") String course,
    @Schema(nullable = true, example = "CP.1") String standard,
    @Schema(nullable = true) ReflectionPayload reflection,
    @Schema(nullable = true) List<ClaimPayload> claims,
    @Schema(nullable = true, description = "The version read; required to update") Long version) {

  /** The three parts of a reflection. */
  @Schema(name = "Reflection")
  public record ReflectionPayload(String what, String learned, String change) {}

  /** A competency (by code) at a level. */
  @Schema(name = "Claim")
  public record ClaimPayload(@Schema(example = "PC.1") String competency, Integer level) {}

  EntryInput toInput() {
    return new EntryInput(
        date,
        title,
        type,
        hours,
        Boolean.TRUE.equals(participatory),
        course,
        standard,
        reflection == null
            ? null
            : new EntryInput.ReflectionInput(
                reflection.what(), reflection.learned(), reflection.change()),
        claims == null
            ? null
            : claims.stream()
                .map(c -> c == null ? null : new EntryInput.ClaimInput(c.competency(), c.level()))
                .toList());
  }
}
