package org.linkworker.trellis.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a competency looks like at one level. Its identifier is the CASE rubric criterion level's,
 * whose {@code description} holds the text and whose {@code score} is the level number.
 */
@Entity
@Table(name = "level_descriptor")
@NamedQuery(
    name = LevelDescriptor.FIND_BY_FRAMEWORK,
    query =
        "select d from LevelDescriptor d where d.competency.framework = :framework"
            + " order by d.levelNumber")
public class LevelDescriptor {

  public static final String FIND_BY_FRAMEWORK = "LevelDescriptor.findByFramework";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  // The CASE identifier when it is not the key (a package imported by the steward gets keys of its
  // own, because packages written elsewhere reuse identifiers); null means the key is the CASE one.
  @Size(max = Lengths.CASE_IDENTIFIER, message = "{case.identifier.size}")
  @Column(name = "case_id", length = Lengths.CASE_IDENTIFIER)
  private String caseId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "competency_id", nullable = false)
  private Competency competency;

  @Min(value = 1, message = "{level.number.min}")
  @Column(name = "level_number", nullable = false)
  private int levelNumber;

  @NotBlank(message = "{levelDescriptor.text.required}")
  @Size(max = Lengths.TEXT, message = "{levelDescriptor.text.size}")
  @Column(name = "descriptor_text", nullable = false, length = Lengths.TEXT)
  private String text;

  @NotBlank(message = "{case.uri.required}")
  @Size(max = Lengths.URI, message = "{case.uri.size}")
  @Column(name = "case_uri", nullable = false, length = Lengths.URI)
  private String uri;

  protected LevelDescriptor() {}

  LevelDescriptor(Competency competency, String id, int levelNumber, String text, String uri) {
    this.competency = competency;
    this.id = id;
    this.levelNumber = levelNumber;
    this.text = text;
    this.uri = uri;
  }

  public String getId() {
    return id;
  }

  /** The identifier this row has in CASE: the one it was imported with. */
  public String getCaseId() {
    return caseId == null ? id : caseId;
  }

  /** Keeps the CASE identifier of a row whose key Trellis chose. */
  public void keepCaseIdentifier(String caseIdentifier) {
    this.caseId = caseIdentifier == null || caseIdentifier.equals(id) ? null : caseIdentifier;
  }

  public Competency getCompetency() {
    return competency;
  }

  public int getLevelNumber() {
    return levelNumber;
  }

  public String getText() {
    return text;
  }

  public String getUri() {
    return uri;
  }
}
