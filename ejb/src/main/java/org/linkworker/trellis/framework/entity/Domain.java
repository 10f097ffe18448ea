package org.linkworker.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A group of competencies, e.g. person-centred practice. Its identifier is its CASE CFItem's. */
@Entity
@Table(name = "framework_domain")
@NamedQuery(
    name = Domain.FIND_BY_FRAMEWORK,
    query = "select d from Domain d where d.framework = :framework order by d.position")
public class Domain {

  public static final String FIND_BY_FRAMEWORK = "Domain.findByFramework";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  // The CASE identifier when it is not the key (a package imported by the steward gets keys of its
  // own, because packages written elsewhere reuse identifiers); null means the key is the CASE one.
  @Size(max = Lengths.CASE_IDENTIFIER, message = "{case.identifier.size}")
  @Column(name = "case_id", length = Lengths.CASE_IDENTIFIER)
  private String caseId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @NotBlank(message = "{domain.code.required}")
  @Size(max = Lengths.CODE, message = "{domain.code.size}")
  @Column(name = "code", nullable = false, length = Lengths.CODE)
  private String code;

  @NotBlank(message = "{domain.title.required}")
  @Size(max = Lengths.TITLE, message = "{domain.title.size}")
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @Column(name = "position", nullable = false)
  private int position;

  @NotBlank(message = "{case.uri.required}")
  @Size(max = Lengths.URI, message = "{case.uri.size}")
  @Column(name = "case_uri", nullable = false, length = Lengths.URI)
  private String uri;

  @OneToMany(mappedBy = "domain", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Competency> competencies = new ArrayList<>();

  protected Domain() {}

  Domain(Framework framework, String id, String code, String title, int position, String uri) {
    this.framework = framework;
    this.id = id;
    this.code = code;
    this.title = title;
    this.position = position;
    this.uri = uri;
  }

  /** Adds a competency after the existing ones of this domain. */
  public Competency addCompetency(
      String competencyId, String competencyCode, String statement, String competencyUri) {
    Competency competency =
        new Competency(
            this, competencyId, competencyCode, statement, competencies.size() + 1, competencyUri);
    competencies.add(competency);
    return competency;
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

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  /** 1-based place among the framework's domains. */
  public int getPosition() {
    return position;
  }

  public String getUri() {
    return uri;
  }

  /** The competencies in order. Reading them navigates the relation: load them by query in bulk. */
  public List<Competency> getCompetencies() {
    return Collections.unmodifiableList(competencies);
  }
}
