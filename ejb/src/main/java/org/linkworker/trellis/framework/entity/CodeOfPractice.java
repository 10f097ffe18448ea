package org.linkworker.trellis.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The profession's standards of conduct that go with one framework version. Its identifier is its
 * own CASE CFDocument's. The framework does not hold it (so reading a framework never loads it);
 * find it by {@link #FIND_BY_FRAMEWORK}.
 */
@Entity
@Table(name = "code_of_practice")
@NamedQuery(
    name = CodeOfPractice.FIND_BY_FRAMEWORK,
    query = "select c from CodeOfPractice c where c.framework = :framework")
public class CodeOfPractice {

  public static final String FIND_BY_FRAMEWORK = "CodeOfPractice.findByFramework";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id", nullable = false, unique = true)
  private Framework framework;

  @NotBlank(message = "{codeOfPractice.title.required}")
  @Size(max = Lengths.TITLE, message = "{codeOfPractice.title.size}")
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @Size(max = Lengths.VERSION, message = "{codeOfPractice.version.size}")
  @Column(name = "version", length = Lengths.VERSION)
  private String version;

  @NotBlank(message = "{case.uri.required}")
  @Size(max = Lengths.URI, message = "{case.uri.size}")
  @Column(name = "case_uri", nullable = false, length = Lengths.URI)
  private String uri;

  @OneToMany(mappedBy = "codeOfPractice", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Standard> standards = new ArrayList<>();

  protected CodeOfPractice() {}

  /**
   * A code of practice with no standards yet.
   *
   * @param id its CASE CFDocument identifier
   * @param version its version, or null when its document gives none
   */
  public CodeOfPractice(Framework framework, String id, String title, String version, String uri) {
    this.framework = framework;
    this.id = id;
    this.title = title;
    this.version = version;
    this.uri = uri;
  }

  /** Adds a standard after the existing ones. */
  public Standard addStandard(
      String standardId,
      String standardCode,
      String standardTitle,
      String notes,
      String standardUri) {
    Standard standard =
        new Standard(
            this,
            standardId,
            standardCode,
            standardTitle,
            notes,
            standards.size() + 1,
            standardUri);
    standards.add(standard);
    return standard;
  }

  public String getId() {
    return id;
  }

  public Framework getFramework() {
    return framework;
  }

  public String getTitle() {
    return title;
  }

  public String getVersion() {
    return version;
  }

  public String getUri() {
    return uri;
  }

  /** The standards in order. Reading them navigates the relation: load them by query in bulk. */
  public List<Standard> getStandards() {
    return Collections.unmodifiableList(standards);
  }
}
