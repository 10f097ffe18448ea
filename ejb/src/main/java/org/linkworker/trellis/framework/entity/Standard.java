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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A standard of the code of practice, e.g. CP.3 Boundaries and safeguarding: its expected
 * behaviours and the competencies that evidence it.
 */
@Entity
@Table(name = "practice_standard")
@NamedQuery(
    name = Standard.FIND_BY_CODE_OF_PRACTICE,
    query =
        "select distinct s from Standard s left join fetch s.competencies"
            + " where s.codeOfPractice = :codeOfPractice")
@NamedQuery(name = Standard.COUNT, query = "select count(s) from Standard s")
public class Standard {

  /** The standards with their competencies fetched in the same statement; order them in memory. */
  public static final String FIND_BY_CODE_OF_PRACTICE = "Standard.findByCodeOfPractice";

  public static final String COUNT = "Standard.count";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "code_of_practice_id", nullable = false)
  private CodeOfPractice codeOfPractice;

  @NotBlank(message = "{standard.code.required}")
  @Size(max = Lengths.CODE, message = "{standard.code.size}")
  @Column(name = "code", nullable = false, length = Lengths.CODE)
  private String code;

  @NotBlank(message = "{standard.title.required}")
  @Size(max = Lengths.TITLE, message = "{standard.title.size}")
  @Column(name = "title", nullable = false, length = Lengths.TITLE)
  private String title;

  @Size(max = Lengths.TEXT, message = "{standard.notes.size}")
  @Column(name = "notes", length = Lengths.TEXT)
  private String notes;

  @Column(name = "position", nullable = false)
  private int position;

  @NotBlank(message = "{case.uri.required}")
  @Size(max = Lengths.URI, message = "{case.uri.size}")
  @Column(name = "case_uri", nullable = false, length = Lengths.URI)
  private String uri;

  @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ExpectedBehaviour> behaviours = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "standard_competency",
      joinColumns = @JoinColumn(name = "standard_id"),
      inverseJoinColumns = @JoinColumn(name = "competency_id"))
  private Set<Competency> competencies = new LinkedHashSet<>();

  protected Standard() {}

  Standard(
      CodeOfPractice codeOfPractice,
      String id,
      String code,
      String title,
      String notes,
      int position,
      String uri) {
    this.codeOfPractice = codeOfPractice;
    this.id = id;
    this.code = code;
    this.title = title;
    this.notes = notes;
    this.position = position;
    this.uri = uri;
  }

  /** Adds an expected behaviour after the existing ones. */
  public ExpectedBehaviour expect(
      String behaviourId, String behaviourCode, String text, String behaviourUri) {
    ExpectedBehaviour behaviour =
        new ExpectedBehaviour(
            this, behaviourId, behaviourCode, text, behaviours.size() + 1, behaviourUri);
    behaviours.add(behaviour);
    return behaviour;
  }

  /**
   * Links a competency whose evidence shows this standard is met.
   *
   * @throws IllegalArgumentException when the competency belongs to another framework
   */
  public void evidencedBy(Competency competency) {
    if (competency.getFramework() != codeOfPractice.getFramework()) {
      throw new IllegalArgumentException(competency + " is not in the code's framework");
    }
    competencies.add(competency);
  }

  public String getId() {
    return id;
  }

  public CodeOfPractice getCodeOfPractice() {
    return codeOfPractice;
  }

  public String getCode() {
    return code;
  }

  public String getTitle() {
    return title;
  }

  public String getNotes() {
    return notes;
  }

  /** 1-based place within the code of practice. */
  public int getPosition() {
    return position;
  }

  public String getUri() {
    return uri;
  }

  /** The behaviours in order. Reading them navigates the relation: load them by query in bulk. */
  public List<ExpectedBehaviour> getBehaviours() {
    return Collections.unmodifiableList(behaviours);
  }

  /** The competencies that evidence this standard, in no particular order. */
  public Set<Competency> getCompetencies() {
    return Collections.unmodifiableSet(competencies);
  }
}
