package org.linkworker.trellis.imports.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * One upload of a file to be imported (a provider's catalogue, a link worker's CPD history), and
 * what became of its rows. The file itself is kept with it, so that the batch job reading it can be
 * restarted on any server after a failure and continue where it stopped. Its counters move as the
 * job commits each chunk of rows.
 */
@Entity
@Table(name = "file_import")
@NamedQuery(
    name = FileImport.ADD_PROGRESS,
    query =
        "update FileImport i set i.doneRows = :done, i.created = i.created + :created,"
            + " i.updated = i.updated + :updated, i.unchanged = i.unchanged + :unchanged,"
            + " i.rejected = i.rejected + :rejected where i.id = :id")
@NamedQuery(name = FileImport.BY_ID, query = "select i from FileImport i where i.id = :id")
@NamedQuery(name = FileImport.BY_IDS, query = "select i from FileImport i where i.id in :ids")
@NamedQuery(
    name = FileImport.PROVIDER_OF,
    query = "select i.providerId from FileImport i where i.id = :id")
@NamedQuery(
    name = FileImport.OWNER_OF,
    query = "select i.ownerId from FileImport i where i.id = :id")
@NamedQuery(
    name = FileImport.OF_STARTER,
    query =
        "select i from FileImport i where i.startedBy = :username order by i.createdUtc desc,"
            + " i.id")
@NamedQuery(
    name = FileImport.OF_STARTER_AND_KIND,
    query =
        "select i from FileImport i where i.startedBy = :username and i.kind = :kind"
            + " order by i.createdUtc desc, i.id")
public class FileImport {

  public static final String ADD_PROGRESS = "FileImport.addProgress";
  public static final String BY_ID = "FileImport.byId";
  public static final String BY_IDS = "FileImport.byIds";
  public static final String PROVIDER_OF = "FileImport.providerOf";
  public static final String OWNER_OF = "FileImport.ownerOf";
  public static final String OF_STARTER = "FileImport.ofStarter";
  public static final String OF_STARTER_AND_KIND = "FileImport.ofStarterAndKind";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = Lengths.ENUM)
  private ImportKind kind;

  @Column(name = "provider_id", length = Lengths.IDENTIFIER)
  private String providerId;

  @Column(name = "owner_id", length = Lengths.IDENTIFIER)
  private String ownerId;

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

  @Column(name = "runner_boot", length = 36)
  private String runnerBoot;

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

  protected FileImport() {}

  private FileImport(
      ImportKind kind,
      String providerId,
      String ownerId,
      String startedBy,
      String fileName,
      byte[] content,
      int totalRows,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.providerId = providerId;
    this.ownerId = ownerId;
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.fileName = shown(fileName);
    this.content = content.clone();
    this.totalRows = totalRows;
    this.createdUtc = LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  /**
   * A provider's catalogue.
   *
   * @param totalRows how many rows of courses the file has (its header not counted)
   */
  public static FileImport ofCourses(
      String providerId,
      String startedBy,
      String fileName,
      byte[] content,
      int totalRows,
      Instant at) {
    return new FileImport(
        ImportKind.COURSES,
        Objects.requireNonNull(providerId, "providerId"),
        null,
        startedBy,
        fileName,
        content,
        totalRows,
        at);
  }

  /**
   * A link worker's CPD history, into the portfolio of the person with identifier {@code ownerId}.
   *
   * @param totalRows how many rows of entries the file has (its header not counted)
   */
  public static FileImport ofCpdEntries(
      String ownerId,
      String startedBy,
      String fileName,
      byte[] content,
      int totalRows,
      Instant at) {
    return new FileImport(
        ImportKind.CPD_ENTRIES,
        null,
        Objects.requireNonNull(ownerId, "ownerId"),
        startedBy,
        fileName,
        content,
        totalRows,
        at);
  }

  /** The file's name as shown: stripped, cut to its column. */
  private static String shown(String fileName) {
    String name = fileName == null ? null : fileName.strip();
    if (name == null || name.isEmpty()) {
      return null;
    }
    return name.length() > Lengths.FILE_NAME ? name.substring(0, Lengths.FILE_NAME) : name;
  }

  /** The batch execution now reading the file (a restart is a new execution), on the given boot. */
  public void runAs(long execution, String runnerBoot) {
    this.executionId = execution;
    this.runnerBoot = runnerBoot;
  }

  /** The boot of the server running it (see {@code ServerPresence}); null before issue 14. */
  public String getRunnerBoot() {
    return runnerBoot;
  }

  public String getId() {
    return id;
  }

  public ImportKind getKind() {
    return kind;
  }

  /** The provider whose catalogue it imports, or null for another kind. */
  public String getProviderId() {
    return providerId;
  }

  /** The person whose portfolio it imports into, or null for another kind. */
  public String getOwnerId() {
    return ownerId;
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
    return "FileImport[" + id + "]";
  }
}
