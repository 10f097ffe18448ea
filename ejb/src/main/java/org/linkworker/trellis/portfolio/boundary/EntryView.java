package org.linkworker.trellis.portfolio.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * A CPD entry as pages and the API show it. {@code reflection} is null for a reader who may see the
 * entry but not its reflection (the employer).
 *
 * @param owner the link worker's username
 * @param note the supervisor's note on verifying it, or the reason it was returned
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "owner",
  "date",
  "title",
  "type",
  "hours",
  "participatory",
  "course",
  "standard",
  "reflection",
  "claims",
  "status",
  "submittedAt",
  "decidedBy",
  "decidedAt",
  "note",
  "version"
})
public record EntryView(
    String id,
    String owner,
    LocalDate date,
    String title,
    ActivityType type,
    BigDecimal hours,
    boolean participatory,
    String course,
    String standard,
    ReflectionView reflection,
    List<ClaimView> claims,
    EntryStatus status,
    Instant submittedAt,
    String decidedBy,
    Instant decidedAt,
    String note,
    long version)
    implements Serializable {

  public EntryView {
    claims = List.copyOf(claims);
  }

  /** The three parts of the reflection. */
  @JsonbNillable
  @JsonbPropertyOrder({"what", "learned", "change"})
  public record ReflectionView(String what, String learned, String change)
      implements Serializable {}

  /** A competency (by code) at a level. */
  @JsonbPropertyOrder({"competency", "level"})
  public record ClaimView(String competency, int level) implements Serializable {}
}
