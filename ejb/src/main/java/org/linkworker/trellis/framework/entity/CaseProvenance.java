package org.linkworker.trellis.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Where a framework came from in CASE terms: what its CFDocument said about itself and about its
 * rubric. Trellis does not use these fields; it keeps them so an export says the same.
 */
@Embeddable
public class CaseProvenance {

  @NotBlank(message = "{framework.uri.required}")
  @Size(max = Lengths.URI, message = "{framework.uri.size}")
  @Column(name = "case_uri", nullable = false, length = Lengths.URI)
  private String uri;

  @NotBlank(message = "{framework.creator.required}")
  @Size(max = Lengths.TITLE, message = "{framework.creator.size}")
  @Column(name = "creator", nullable = false, length = Lengths.TITLE)
  private String creator;

  @Size(max = Lengths.TITLE, message = "{framework.publisher.size}")
  @Column(name = "publisher", length = Lengths.TITLE)
  private String publisher;

  @Size(max = Lengths.LANGUAGE, message = "{framework.language.size}")
  @Column(name = "language", length = Lengths.LANGUAGE)
  private String language;

  @Size(max = Lengths.TITLE, message = "{framework.frameworkType.size}")
  @Column(name = "framework_type", length = Lengths.TITLE)
  private String frameworkType;

  // Kept as UTC wall time: TIMESTAMP has no zone on Derby, and an Instant is not a JPA 3.1 type.
  @NotNull(message = "{framework.lastChange.required}")
  @Column(name = "last_change_utc", nullable = false)
  private LocalDateTime lastChangeUtc;

  @Size(max = Lengths.CASE_IDENTIFIER, message = "{framework.rubricId.size}")
  @Column(name = "rubric_id", length = Lengths.CASE_IDENTIFIER)
  private String rubricId;

  @Size(max = Lengths.URI, message = "{framework.rubricUri.size}")
  @Column(name = "rubric_uri", length = Lengths.URI)
  private String rubricUri;

  @Size(max = Lengths.TITLE, message = "{framework.rubricTitle.size}")
  @Column(name = "rubric_title", length = Lengths.TITLE)
  private String rubricTitle;

  protected CaseProvenance() {}

  /**
   * @param uri the CFDocument's uri
   * @param creator its creator
   * @param publisher its publisher, or null
   * @param language its language, or null
   * @param frameworkType its frameworkType, or null
   * @param lastChange its lastChangeDateTime
   */
  public CaseProvenance(
      String uri,
      String creator,
      String publisher,
      String language,
      String frameworkType,
      Instant lastChange) {
    this.uri = uri;
    this.creator = creator;
    this.publisher = publisher;
    this.language = language;
    this.frameworkType = frameworkType;
    this.lastChangeUtc = LocalDateTime.ofInstant(lastChange, ZoneOffset.UTC);
  }

  /** The same provenance, with the CFRubric that carries the level descriptors. */
  public CaseProvenance withRubric(String id, String rubricUri, String title) {
    CaseProvenance copy =
        new CaseProvenance(uri, creator, publisher, language, frameworkType, getLastChange());
    copy.rubricId = id;
    copy.rubricUri = rubricUri;
    copy.rubricTitle = title;
    return copy;
  }

  public String getUri() {
    return uri;
  }

  public String getCreator() {
    return creator;
  }

  public String getPublisher() {
    return publisher;
  }

  public String getLanguage() {
    return language;
  }

  public String getFrameworkType() {
    return frameworkType;
  }

  public Instant getLastChange() {
    return lastChangeUtc.toInstant(ZoneOffset.UTC);
  }

  public String getRubricId() {
    return rubricId;
  }

  public String getRubricUri() {
    return rubricUri;
  }

  public String getRubricTitle() {
    return rubricTitle;
  }
}
