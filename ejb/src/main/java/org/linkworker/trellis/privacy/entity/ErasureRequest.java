package org.linkworker.trellis.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A person's request that their data be erased: confirmed by their employer, carried out by the
 * steward. It names the person (by id, username and display name) only until the erasure is done;
 * from then on it holds the pseudonym the erased records were given, and the counts of what went.
 */
@Entity
@Table(name = "erasure_request")
@NamedQuery(
    name = ErasureRequest.OPEN_FOR,
    query = "select r from ErasureRequest r where r.personId = :person and r.status = :status")
public class ErasureRequest {

  /** The request of {@code :person} in {@code :status}, if any. */
  public static final String OPEN_FOR = "ErasureRequest.openFor";

  /** How long a reason may be. */
  public static final int REASON = 1000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "username", nullable = false, length = 60)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "organisation_id", length = 36)
  private String organisationId;

  @Size(max = REASON, message = "{erasureRequest.reason.size}")
  @Column(name = "reason", length = REASON)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ErasureStatus status;

  @Column(name = "confirmed_by", nullable = false, length = 60)
  private String confirmedBy;

  @Column(name = "confirmed_utc", nullable = false)
  private LocalDateTime confirmedUtc;

  @Column(name = "erased_by", length = 60)
  private String erasedBy;

  @Column(name = "erased_utc")
  private LocalDateTime erasedUtc;

  @Column(name = "erased_rows")
  private Integer erasedRows;

  @Column(name = "erased_files")
  private Integer erasedFiles;

  protected ErasureRequest() {}

  /** A request the employer {@code confirmedBy} confirms now. */
  public static ErasureRequest confirmed(
      String personId,
      String username,
      String displayName,
      String organisationId,
      String reason,
      String confirmedBy,
      Instant at) {
    ErasureRequest request = new ErasureRequest();
    request.id = UUID.randomUUID().toString();
    request.personId = Objects.requireNonNull(personId);
    request.username = Objects.requireNonNull(username);
    request.displayName = Objects.requireNonNull(displayName);
    request.organisationId = organisationId;
    request.reason = reason;
    request.status = ErasureStatus.CONFIRMED;
    request.confirmedBy = Objects.requireNonNull(confirmedBy);
    request.confirmedUtc = utc(at);
    return request;
  }

  /**
   * The name the erased person's records keep where a name must stay (another worker's entry
   * verified by them, a snapshot's row): the same for every record of one erasure, and no one's
   * username.
   */
  public String pseudonym() {
    return "erased-" + id.substring(0, 8);
  }

  /**
   * Done: the request now names the person by {@link #pseudonym()} alone, and its reason (which may
   * name them) is gone.
   */
  public void erased(String steward, Instant at, int rows, int files) {
    status = ErasureStatus.ERASED;
    erasedBy = steward;
    erasedUtc = utc(at);
    erasedRows = rows;
    erasedFiles = files;
    personId = pseudonym();
    username = pseudonym();
    displayName = pseudonym();
    reason = null;
  }

  /** Withdrawn before the steward acted. */
  public void withdraw() {
    status = ErasureStatus.WITHDRAWN;
  }

  private static LocalDateTime utc(Instant at) {
    return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  public String getId() {
    return id;
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

  public String getReason() {
    return reason;
  }

  public ErasureStatus getStatus() {
    return status;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedUtc.toInstant(ZoneOffset.UTC);
  }

  public String getErasedBy() {
    return erasedBy;
  }

  public Instant getErasedAt() {
    return erasedUtc == null ? null : erasedUtc.toInstant(ZoneOffset.UTC);
  }

  public Integer getErasedRows() {
    return erasedRows;
  }

  public Integer getErasedFiles() {
    return erasedFiles;
  }
}
