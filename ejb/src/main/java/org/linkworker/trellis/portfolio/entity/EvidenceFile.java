package org.linkworker.trellis.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A file attached to a CPD entry as evidence (PRODUCT.md). The bytes live outside the database and
 * outside the web root, under a generated name ({@code storedName}); the row keeps the name the
 * worker knows it by, reduced to a plain base name, and the type its content was found to be, so
 * the file goes back out exactly as it was checked. A file is attached or removed, never edited, so
 * it carries no version.
 */
@Entity
@Table(name = "evidence_file")
@NamedQuery(
    name = EvidenceFile.OF_ENTRIES,
    query =
        "select f from EvidenceFile f where f.entryId in :ids order by f.entryId, f.uploadedUtc,"
            + " f.id")
@NamedQuery(
    name = EvidenceFile.COUNT_OF,
    query = "select count(f) from EvidenceFile f where f.entryId = :entry")
public class EvidenceFile {

  public static final String OF_ENTRIES = "EvidenceFile.ofEntries";
  public static final String COUNT_OF = "EvidenceFile.countOf";

  /** What replaces a character that has no place in a file name shown to people. */
  private static final char REPLACEMENT = '_';

  /** Characters that separate folders or mean something to a shell or a file system. */
  private static final String UNSAFE = "/\\:*?\"<>|";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @NotNull
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id", nullable = false)
  private CpdEntry entry;

  // The same column, read without loading the entry: lists map rows to views by it.
  @Column(name = "entry_id", length = Lengths.IDENTIFIER, insertable = false, updatable = false)
  private String entryId;

  @NotBlank
  @Size(max = Lengths.FILE_NAME)
  @Column(name = "original_name", nullable = false, length = Lengths.FILE_NAME)
  private String name;

  @NotBlank
  @Size(max = Lengths.IDENTIFIER)
  @Column(name = "stored_name", nullable = false, length = Lengths.IDENTIFIER)
  private String storedName;

  @NotBlank
  @Size(max = Lengths.MEDIA_TYPE)
  @Column(name = "media_type", nullable = false, length = Lengths.MEDIA_TYPE)
  private String mediaType;

  @PositiveOrZero
  @Column(name = "size_bytes", nullable = false)
  private long size;

  @NotBlank
  @Size(min = Lengths.SHA_256, max = Lengths.SHA_256)
  @Column(name = "sha256", nullable = false, length = Lengths.SHA_256)
  private String sha256;

  @Column(name = "uploaded_utc", nullable = false)
  private LocalDateTime uploadedUtc;

  @NotBlank
  @Size(max = Lengths.USERNAME)
  @Column(name = "uploaded_by", nullable = false, length = Lengths.USERNAME)
  private String uploadedBy;

  protected EvidenceFile() {}

  /**
   * @param name the plain name to show (see {@link #plainName(String)})
   * @param storedName the generated name the bytes are stored under
   * @param mediaType the type detected from the content
   * @param sha256 the content's SHA-256 digest in lower-case hexadecimal
   * @param uploadedBy the username of who attached it
   */
  public EvidenceFile(
      CpdEntry entry,
      String name,
      String storedName,
      String mediaType,
      long size,
      String sha256,
      String uploadedBy,
      Instant now) {
    this(
        UUID.randomUUID().toString(),
        entry,
        name,
        storedName,
        mediaType,
        size,
        sha256,
        uploadedBy,
        now);
  }

  /**
   * @param id a lower-case UUID: fixed for data-set files, random for new ones
   */
  public EvidenceFile(
      String id,
      CpdEntry entry,
      String name,
      String storedName,
      String mediaType,
      long size,
      String sha256,
      String uploadedBy,
      Instant now) {
    this.id = Objects.requireNonNull(id, "id");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.entryId = entry.getId();
    this.name = Objects.requireNonNull(name, "name");
    this.storedName = Objects.requireNonNull(storedName, "storedName");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
    this.uploadedUtc = LocalDateTime.ofInstant(now.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
  }

  /**
   * The name a browser sent, reduced to something safe to show and to offer as a download name: the
   * last part of any path ({@code ../../etc/passwd.pdf} becomes {@code passwd.pdf}), with control
   * and direction-changing characters (which can make {@code exe.pdf} read as {@code fdp.exe}) and
   * characters file systems reserve replaced, leading dots and outer spaces dropped, and at most
   * {@link Lengths#FILE_NAME} characters, keeping the extension. Empty when nothing is left.
   */
  public static String plainName(String submitted) {
    if (submitted == null) {
      return "";
    }
    String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder plain = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c ->
                plain.appendCodePoint(
                    Character.isISOControl(c)
                            || Character.getType(c) == Character.FORMAT
                            || UNSAFE.indexOf(c) >= 0
                        ? REPLACEMENT
                        : c));
    String stripped = plain.toString().strip();
    int start = 0;
    while (start < stripped.length() && stripped.charAt(start) == '.') {
      start++;
    }
    return shortened(stripped.substring(start).strip());
  }

  private static String shortened(String name) {
    if (name.length() <= Lengths.FILE_NAME) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    int keep = Lengths.FILE_NAME - extension.length();
    if (Character.isHighSurrogate(name.charAt(keep - 1))) {
      keep--;
    }
    return name.substring(0, keep) + extension;
  }

  public String getId() {
    return id;
  }

  public CpdEntry getEntry() {
    return entry;
  }

  public String getEntryId() {
    return entryId;
  }

  public String getName() {
    return name;
  }

  public String getStoredName() {
    return storedName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public String getSha256() {
    return sha256;
  }

  public Instant getUploadedAt() {
    return uploadedUtc.toInstant(ZoneOffset.UTC);
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  @Override
  public String toString() {
    return "EvidenceFile[" + id + "]";
  }
}
