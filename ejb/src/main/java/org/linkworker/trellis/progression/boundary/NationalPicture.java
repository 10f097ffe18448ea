package org.linkworker.trellis.progression.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The steward's national picture: the latest completed gap-report snapshot of every organisation,
 * summed up as {@link GapSnapshotView} sums up any snapshot (the same figures under the same names)
 * and told in words: each stage's title, and for the {@value #COMMON_GAPS} most common gaps the
 * competency's statement and domain. Readiness by organisation besides. The whole snapshot, worker
 * by worker, is at {@link #snapshot()}.
 *
 * @param id the snapshot's id
 * @param on the day whose evidence the snapshot holds
 * @param endedAt when its job completed
 * @param workers how many active link workers it holds
 * @param ready how many of them have no gap against their next stage
 * @param averageReadiness the mean of their readiness; null when it holds none
 * @param byStage readiness by the stage the workers are reported against, in the stages' order
 * @param commonGaps the most common gaps, most workers first (then most points, then code)
 * @param byOrganisation readiness by the workers' organisation, by name
 * @param snapshot where the whole snapshot is read over the API
 */
@JsonbPropertyOrder({
  "id",
  "on",
  "status",
  "startedAt",
  "endedAt",
  "workers",
  "ready",
  "averageReadiness",
  "byStage",
  "commonGaps",
  "byOrganisation",
  "snapshot"
})
public record NationalPicture(
    String id,
    LocalDate on,
    String status,
    Instant startedAt,
    Instant endedAt,
    int workers,
    int ready,
    Double averageReadiness,
    List<NationalStage> byStage,
    List<NationalGap> commonGaps,
    List<NationalOrganisation> byOrganisation,
    String snapshot)
    implements Serializable {

  /** How many of the most common gaps the picture names. */
  public static final int COMMON_GAPS = 10;

  public NationalPicture {
    byStage = List.copyOf(byStage);
    commonGaps = List.copyOf(commonGaps);
    byOrganisation = List.copyOf(byOrganisation);
  }

  /**
   * Readiness of the workers reported against one stage.
   *
   * @param title the stage's title; null when no current framework has the stage any more
   */
  @JsonbPropertyOrder({"stage", "title", "workers", "ready", "averageReadiness"})
  public record NationalStage(
      String stage, String title, int workers, int ready, Double averageReadiness)
      implements Serializable {}

  /**
   * A competency in which workers have a gap: how many of them, and the gap points summed over
   * them.
   *
   * @param statement the competency's statement; null when no current framework has the code
   * @param domain the code of its domain; null likewise
   * @param domainTitle the title of its domain; null likewise
   */
  @JsonbPropertyOrder({"competency", "statement", "domain", "domainTitle", "workers", "points"})
  public record NationalGap(
      String competency,
      String statement,
      String domain,
      String domainTitle,
      int workers,
      int points)
      implements Serializable {}

  /**
   * Readiness of one organisation's workers.
   *
   * @param organisation the organisation's id; null for workers of no organisation
   * @param name its name; null likewise
   */
  @JsonbPropertyOrder({"organisation", "name", "workers", "ready", "averageReadiness"})
  public record NationalOrganisation(
      String organisation, String name, int workers, int ready, Double averageReadiness)
      implements Serializable {}
}
