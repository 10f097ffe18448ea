package org.linkworker.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One statement of what a link worker can do, e.g. {@code PC.3}, with a descriptor at each level.
 * Its identifier is its CASE CFItem's; its code is unique within its framework.
 */
@Entity
@Table(name = "competency")
@NamedQuery(
    name = Competency.FIND_BY_FRAMEWORK,
    query =
        "select c from Competency c where c.framework = :framework"
            + " order by c.domain.position, c.position")
@NamedQuery(
    name = Competency.FIND_BY_CODE,
    query = "select c from Competency c where c.framework = :framework and c.code = :code")
@NamedQuery(name = Competency.COUNT, query = "select count(c) from Competency c")
@NamedQuery(
    name = Competency.CONTINUATIONS,
    query = "select c.id, earlier.id from Competency c join c.continues earlier")
public class Competency {

  public static final String FIND_BY_FRAMEWORK = "Competency.findByFramework";
  public static final String FIND_BY_CODE = "Competency.findByCode";
  public static final String COUNT = "Competency.count";
  public static final String CONTINUATIONS = "Competency.continuations";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  // The CASE identifier when it is not the key (a package imported by the steward gets keys of its
  // own, because packages written elsewhere reuse identifiers); null means the key is the CASE one.
  @Size(max = Lengths.CASE_IDENTIFIER, message = "{case.identifier.size}")
  @Column(name = "case_id", length = Lengths.CASE_IDENTIFIER)
  private String caseId;

  // Kept beside the domain so the code can be unique per framework in the schema itself.
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "domain_id", nullable = false)
  private Domain domain;

  @NotBlank(message = "{competency.code.required}")
  @Size(max = Lengths.CODE, message = "{competency.code.size}")
  @Column(name = "code", nullable = false, length = Lengths.CODE)
  private String code;

  @NotBlank(message = "{competency.statement.required}")
  @Size(max = Lengths.TEXT, message = "{competency.statement.size}")
  @Column(name = "statement_text", nullable = false, length = Lengths.TEXT)
  private String statement;

  @Column(name = "position", nullable = false)
  private int position;

  @NotBlank(message = "{case.uri.required}")
  @Size(max = Lengths.URI, message = "{case.uri.size}")
  @Column(name = "case_uri", nullable = false, length = Lengths.URI)
  private String uri;

  @Size(max = Lengths.CASE_IDENTIFIER, message = "{competency.criterionId.size}")
  @Column(name = "criterion_id", length = Lengths.CASE_IDENTIFIER)
  private String criterionId;

  @Size(max = Lengths.URI, message = "{case.uri.size}")
  @Column(name = "criterion_uri", length = Lengths.URI)
  private String criterionUri;

  // The competencies of an earlier version this one continues (PRODUCT.md: Versions).
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "competency_continuation",
      joinColumns = @JoinColumn(name = "competency_id"),
      inverseJoinColumns = @JoinColumn(name = "continues_id"))
  private Set<Competency> continues = new HashSet<>();

  @OneToMany(mappedBy = "competency", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("levelNumber")
  private List<LevelDescriptor> descriptors = new ArrayList<>();

  protected Competency() {}

  Competency(Domain domain, String id, String code, String statement, int position, String uri) {
    this.framework = domain.getFramework();
    this.domain = domain;
    this.id = id;
    this.code = code;
    this.statement = statement;
    this.position = position;
    this.uri = uri;
  }

  /**
   * Records the CASE rubric criterion whose levels hold this competency's descriptors, so an export
   * keeps its identifier.
   */
  public void assignRubricCriterion(String rubricCriterionId, String rubricCriterionUri) {
    this.criterionId = rubricCriterionId;
    this.criterionUri = rubricCriterionUri;
  }

  /**
   * Says what this competency looks like at a level.
   *
   * @param levelNumber the level, 1..N of the framework
   * @param descriptorId the CASE rubric criterion level identifier
   * @param descriptorUri its CASE uri
   * @param text the descriptor
   * @throws IllegalStateException when the level is already described
   */
  public LevelDescriptor describe(
      int levelNumber, String descriptorId, String descriptorUri, String text) {
    if (descriptorAt(levelNumber).isPresent()) {
      throw new IllegalStateException(code + " is already described at level " + levelNumber);
    }
    LevelDescriptor descriptor =
        new LevelDescriptor(this, descriptorId, levelNumber, text, descriptorUri);
    descriptors.add(descriptor);
    return descriptor;
  }

  /**
   * Declares that this competency continues one of an earlier version of the same framework, so
   * that evidence on that one counts towards this one.
   *
   * @throws IllegalArgumentException when the other is of another framework code, or of this
   *     version
   */
  public void continues(Competency earlier) {
    if (earlier.getFramework() == framework
        || !earlier.getFramework().getCode().equals(framework.getCode())) {
      throw new IllegalArgumentException(this + " cannot continue " + earlier);
    }
    continues.add(earlier);
  }

  /** The competencies of earlier versions this one continues directly. */
  public Set<Competency> getContinues() {
    return Collections.unmodifiableSet(continues);
  }

  /** The descriptor at a level, if there is one. */
  public Optional<LevelDescriptor> descriptorAt(int levelNumber) {
    return descriptors.stream().filter(d -> d.getLevelNumber() == levelNumber).findFirst();
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

  public Framework getFramework() {
    return framework;
  }

  public Domain getDomain() {
    return domain;
  }

  public String getCode() {
    return code;
  }

  public String getStatement() {
    return statement;
  }

  /** 1-based place within its domain. */
  public int getPosition() {
    return position;
  }

  public String getUri() {
    return uri;
  }

  public String getCriterionId() {
    return criterionId;
  }

  public String getCriterionUri() {
    return criterionUri;
  }

  /** The descriptors by level. Reading them navigates the relation: load them by query in bulk. */
  public List<LevelDescriptor> getDescriptors() {
    return Collections.unmodifiableList(descriptors);
  }

  @Override
  public String toString() {
    return "Competency[" + code + ", " + id + "]";
  }
}
