package org.linkworker.trellis.progression.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One worker's gap report in a snapshot: who, against which stage, and every competency the stage
 * requires with the level required and attained, kept as {@code CODE:required:attained} joined by
 * {@code ;} (see {@link #encode} and {@link #decode}).
 */
@Entity
@Table(name = "gap_snapshot_worker")
@IdClass(SnapshotWorker.Key.class)
// The range first: Derby probes an IN list only on an index's first column, so without it every
// row of the snapshot so far was compared with the whole list (4 s of a national batch's 34 s).
@NamedQuery(
    name = SnapshotWorker.FORGET,
    query =
        "delete from SnapshotWorker w where w.snapshotId = :snapshot"
            + " and w.personId between :first and :last and w.personId in :people")
@NamedQuery(
    name = SnapshotWorker.WRITTEN,
    query = "select w.personId from SnapshotWorker w where w.snapshotId = :snapshot")
@NamedQuery(
    name = SnapshotWorker.OF_SNAPSHOT,
    query =
        "select w from SnapshotWorker w where w.snapshotId = :snapshot"
            + " order by w.username, w.personId")
@NamedQuery(
    name = SnapshotWorker.COUNT,
    query = "select count(w) from SnapshotWorker w where w.snapshotId = :snapshot")
public class SnapshotWorker {

  public static final String FORGET = "SnapshotWorker.forget";
  public static final String WRITTEN = "SnapshotWorker.written";
  public static final String OF_SNAPSHOT = "SnapshotWorker.ofSnapshot";
  public static final String COUNT = "SnapshotWorker.count";

  /** The composite key: a snapshot and a person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String snapshotId;
    String personId;

    public Key() {}

    public Key(String snapshotId, String personId) {
      this.snapshotId = snapshotId;
      this.personId = personId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(snapshotId, key.snapshotId)
          && Objects.equals(personId, key.personId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(snapshotId, personId);
    }
  }

  /** A competency the stage requires, with the level required and the level attained. */
  public record Requirement(String competency, int required, int attained) {

    public int gap() {
      return Math.max(0, required - attained);
    }
  }

  @Id
  @Column(name = "snapshot_id", length = 36)
  private String snapshotId;

  @Id
  @Column(name = "person_id", length = 36)
  private String personId;

  @Column(name = "username", nullable = false, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "organisation_id", length = 36)
  private String organisationId;

  @Column(name = "framework_code", nullable = false, length = 40)
  private String frameworkCode;

  @Column(name = "current_stage", length = 40)
  private String currentStage;

  @Column(name = "target_stage", nullable = false, length = 40)
  private String targetStage;

  @Column(name = "required_count", nullable = false)
  private int requiredCount;

  @Column(name = "met_count", nullable = false)
  private int metCount;

  @Column(name = "gaps", nullable = false, length = 8000)
  private String gaps;

  protected SnapshotWorker() {}

  public SnapshotWorker(
      String snapshotId,
      String personId,
      String username,
      String displayName,
      String organisationId,
      String frameworkCode,
      String currentStage,
      String targetStage,
      List<Requirement> requirements) {
    this.snapshotId = Objects.requireNonNull(snapshotId, "snapshotId");
    this.personId = Objects.requireNonNull(personId, "personId");
    this.username = username;
    this.displayName = displayName;
    this.organisationId = organisationId;
    this.frameworkCode = frameworkCode;
    this.currentStage = currentStage;
    this.targetStage = targetStage;
    this.requiredCount = requirements.size();
    this.metCount = (int) requirements.stream().filter(r -> r.gap() == 0).count();
    this.gaps = encode(requirements);
  }

  /** {@code CODE:required:attained} for each, joined by {@code ;}. */
  public static String encode(List<Requirement> requirements) {
    StringBuilder text = new StringBuilder();
    for (Requirement r : requirements) {
      if (!text.isEmpty()) {
        text.append(';');
      }
      text.append(r.competency()).append(':').append(r.required()).append(':').append(r.attained());
    }
    return text.toString();
  }

  /** The requirements {@link #encode} wrote. */
  public static List<Requirement> decode(String text) {
    List<Requirement> requirements = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return requirements;
    }
    for (String part : text.split(";")) {
      int second = part.lastIndexOf(':');
      int first = part.lastIndexOf(':', second - 1);
      requirements.add(
          new Requirement(
              part.substring(0, first),
              Integer.parseInt(part.substring(first + 1, second)),
              Integer.parseInt(part.substring(second + 1))));
    }
    return requirements;
  }

  public List<Requirement> requirements() {
    return decode(gaps);
  }

  public String getSnapshotId() {
    return snapshotId;
  }

  public String getPersonId() {
    return personId;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public String getFrameworkCode() {
    return frameworkCode;
  }

  public String getCurrentStage() {
    return currentStage;
  }

  public String getTargetStage() {
    return targetStage;
  }

  public int getRequiredCount() {
    return requiredCount;
  }

  public int getMetCount() {
    return metCount;
  }

  /** Met ÷ required; null when the stage requires nothing. */
  public Double readiness() {
    return requiredCount == 0 ? null : (double) metCount / requiredCount;
  }
}
