package org.linkworker.trellis.catalogue.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One upload of a provider's catalogue as CSV, and what became of its rows. The file itself is kept
 * with it, so that the batch job reading it can be restarted on any server after a failure and
 * continue where it stopped. Its counters move as the job commits each chunk of rows.
 */
@Entity
@Table(name = "course_import")
@NamedQuery(
    name = CourseImport.ADD_PROGRESS,
    query =
        "update CourseImport i set i.doneRows = :done, i.created = i.created + :created,"
            + " i.updated = i.updated + :updated, i.unchanged = i.unchanged + :unchanged,"
            + " i.rejected = i.rejected + :rejected where i.id = :id")
@NamedQuery(
    name = CourseImport.PROVIDER_OF,
    query = "select i.providerId from CourseImport i where i.id = :id")
@NamedQuery(
    name = CourseImport.OF_STARTER,
    query =
        "select i from CourseImport i where i.startedBy = :username order by i.createdUtc desc,"
            + " i.id")
public class CourseImport {

  public static final String ADD_PROGRESS = "CourseImport.addProgress";
  public static final String PROVIDER_OF = "CourseImport.providerOf";
  public static final String OF_STARTER = "CourseImport.ofStarter";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @Column(name = "provider_id", nullable = false, length = Lengths.IDENTIFIER)
  private String providerId;

  @Column(name = "started_by", nullable = false, length = Lengths.USERNAME)
  private String startedBy;

  @Column(name = "file_name", length = Lengths.FILE_NAME)
  private String fileName;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "created_utc", nullable = false)
  private LocalDateTime createdUtc;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "total_rows", nullable = false)
  private int totalRows;

  @Column(name = "done_rows", nullable = false)
  private int doneRows;

  @Column(name = "created_count", nullable = false)
  private int created;

  @Column(name = "updated_count", nullable = false)
  private int updated;

  @Column(name = "unchanged_count", nullable = false)
  private int unchanged;

  @Column(name = "rejected_count", nullable = false)
  private int rejected;

  protected CourseImport() {}

  /**
   * @param totalRows how many rows of courses the file has (its header not counted)
   */
  public CourseImport(
      String providerId,
      String startedBy,
      String fileName,
      byte[] content,
      int totalRows,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.providerId = Objects.requireNonNull(providerId, "providerId");
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.fileName = fileName;
    this.content = content.clone();
    this.totalRows = totalRows;
    this.createdUtc = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  /** The batch execution now reading the file (a restart is a new execution). */
  public void runAs(long execution) {
    this.executionId = execution;
  }

  public String getId() {
    return id;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public String getFileName() {
    return fileName;
  }

  public byte[] getContent() {
    return content.clone();
  }

  public Instant getCreatedAt() {
    return createdUtc.toInstant(ZoneOffset.UTC);
  }

  public Long getExecutionId() {
    return executionId;
  }

  public int getTotalRows() {
    return totalRows;
  }

  public int getDoneRows() {
    return doneRows;
  }

  public int getCreated() {
    return created;
  }

  public int getUpdated() {
    return updated;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getRejected() {
    return rejected;
  }

  @Override
  public String toString() {
    return "CourseImport[" + id + "]";
  }
}
