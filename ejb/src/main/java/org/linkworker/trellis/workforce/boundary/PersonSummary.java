package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * What an employer may see of one person's portfolio (PRODUCT.md: Access): their stage and
 * supervisor, their CPD entries counted and their hours summed by status, their latest entries
 * (date, title, type, hours, status: never a reflection or evidence), their compliance with every
 * scheme they are under, and how often they are supervised.
 *
 * @param entriesShown whether the caller may see the entries themselves (the steward sees the
 *     figures, not the portfolio), and so whether {@code latest} is filled in
 */
@JsonbPropertyOrder({
  "username",
  "displayName",
  "organisation",
  "stage",
  "supervisor",
  "supervisorName",
  "active",
  "on",
  "totals",
  "entriesShown",
  "latest",
  "compliance",
  "supervision"
})
public record PersonSummary(
    String username,
    String displayName,
    String organisation,
    String stage,
    String supervisor,
    String supervisorName,
    boolean active,
    LocalDate on,
    List<StatusTotal> totals,
    boolean entriesShown,
    List<LatestEntry> latest,
    List<ComplianceReport> compliance,
    TeamMemberSupervision supervision)
    implements Serializable {

  /** The most entries {@code latest} lists. */
  public static final int LATEST = 10;

  public PersonSummary {
    totals = List.copyOf(totals);
    latest = List.copyOf(latest);
    compliance = List.copyOf(compliance);
  }

  /** Entries of every status together. */
  public long entryCount() {
    return totals.stream().mapToLong(StatusTotal::entries).sum();
  }

  /** Their hours together. */
  public BigDecimal hourCount() {
    return ComplianceRule.plain(
        totals.stream().map(StatusTotal::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  /** The entries of one status and their hours: every status, none left out. */
  @JsonbPropertyOrder({"status", "entries", "hours"})
  public record StatusTotal(EntryStatus status, long entries, BigDecimal hours)
      implements Serializable {}

  /** One entry as the employer sees it: no reflection, no evidence, no claims. */
  @JsonbPropertyOrder({"id", "date", "title", "type", "hours", "status"})
  public record LatestEntry(
      String id,
      LocalDate date,
      String title,
      ActivityType type,
      BigDecimal hours,
      EntryStatus status)
      implements Serializable {}
}
