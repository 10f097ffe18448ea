package org.linkworker.trellis.progression.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A dated snapshot of the gap reports of one organisation's active link workers (or of every
 * organisation's, when {@link #getOrganisationId()} is null), each against their next stage, and
 * the job that writes it: its state, its execution and its progress.
 */
@Entity
@Table(name = "gap_snapshot")
@NamedQuery(
    name = GapSnapshot.ADD_PROGRESS,
    query = "update GapSnapshot s set s.doneWorkers = s.doneWorkers + :added where s.id = :id")
@NamedQuery(name = GapSnapshot.BY_ID, query = "select s from GapSnapshot s where s.id = :id")
@NamedQuery(
    name = GapSnapshot.IN_STATE,
    query = "select s from GapSnapshot s where s.state = :state")
@NamedQuery(
    name = GapSnapshot.LATEST_COMPLETED,
    query =
        "select s from GapSnapshot s where s.state ="
            + " org.linkworker.trellis.progression.entity.SnapshotState.COMPLETED"
            + " order by s.createdUtc desc, s.id")
@NamedQuery(
    name = GapSnapshot.LATEST_NATIONAL,
    query =
        "select s from GapSnapshot s where s.organisationId is null and s.state ="
            + " org.linkworker.trellis.progression.entity.SnapshotState.COMPLETED"
            + " order by s.createdUtc desc, s.id")
public class GapSnapshot {

  public static final String ADD_PROGRESS = "GapSnapshot.addProgress";
  public static final String BY_ID = "GapSnapshot.byId";
  public static final String IN_STATE = "GapSnapshot.inState";
  public static final String LATEST_COMPLETED = "GapSnapshot.latestCompleted";
  public static final String LATEST_NATIONAL = "GapSnapshot.latestNational";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "organisation_id", length = 36)
  private String organisationId;

  @Column(name = "started_by", nullable = false, length = 60)
  private String startedBy;

  @Column(name = "on_date", nullable = false)
  private LocalDate on;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private SnapshotState state;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "total_workers", nullable = false)
  private int totalWorkers;

  @Column(name = "done_workers", nullable = false)
  private int doneWorkers;

  @Column(name = "created_utc", nullable = false)
  private LocalDateTime createdUtc;

  @Column(name = "ended_utc")
  private LocalDateTime endedUtc;

  /** The boot of the server running it (see {@code ServerPresence}); null before issue 14. */
  @Column(name = "runner_boot", length = 36)
  private String runnerBoot;

  protected GapSnapshot() {}

  /**
   * A snapshot about to be written.
   *
   * @param organisationId the organisation, or null for every organisation
   * @param totalWorkers how many active link workers it will hold
   */
  public GapSnapshot(
      String organisationId, String startedBy, LocalDate on, int totalWorkers, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.organisationId = organisationId;
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.on = Objects.requireNonNull(on, "on");
    this.totalWorkers = totalWorkers;
    this.state = SnapshotState.RUNNING;
    this.createdUtc = utc(at);
  }

  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  /**
   * About to be written by a new execution (its first, or a restart), on the server boot given (see
   * {@code ServerPresence}).
   */
  public void starting(String runnerBoot) {
    this.executionId = null;
    this.state = SnapshotState.RUNNING;
    this.endedUtc = null;
    this.runnerBoot = runnerBoot;
  }

  /** The batch execution now writing it (a restart is a new execution). */
  public void runAs(long execution) {
    this.executionId = execution;
  }

  public String getRunnerBoot() {
    return runnerBoot;
  }

  /** The job ended, as it did. */
  public void ended(SnapshotState how, Instant at) {
    this.state = how;
    this.endedUtc = utc(at);
  }

  public String getId() {
    return id;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public LocalDate getOn() {
    return on;
  }

  public SnapshotState getState() {
    return state;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public int getTotalWorkers() {
    return totalWorkers;
  }

  public int getDoneWorkers() {
    return doneWorkers;
  }

  public Instant getCreatedAt() {
    return createdUtc.toInstant(ZoneOffset.UTC);
  }

  /** When its job last ended; null while it runs. */
  public Instant getEndedAt() {
    return endedUtc == null ? null : endedUtc.toInstant(ZoneOffset.UTC);
  }
}
