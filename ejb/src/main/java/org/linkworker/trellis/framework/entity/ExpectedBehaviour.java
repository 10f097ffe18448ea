package org.linkworker.trellis.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Something a link worker who meets a standard does, e.g. CP.1.a. */
@Entity
@Table(name = "expected_behaviour")
@NamedQuery(
    name = ExpectedBehaviour.FIND_BY_CODE_OF_PRACTICE,
    query =
        "select b from ExpectedBehaviour b where b.standard.codeOfPractice = :codeOfPractice"
            + " order by b.standard.position, b.position")
public class ExpectedBehaviour {

  public static final String FIND_BY_CODE_OF_PRACTICE = "ExpectedBehaviour.findByCodeOfPractice";

  @Id
  @Column(name = "id", length = Lengths.IDENTIFIER)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "standard_id", nullable = false)
  private Standard standard;

  @NotBlank(message = "{expectedBehaviour.code.required}")
  @Size(max = Lengths.CODE, message = "{expectedBehaviour.code.size}")
  @Column(name = "code", nullable = false, length = Lengths.CODE)
  private String code;

  @NotBlank(message = "{expectedBehaviour.text.required}")
  @Size(max = Lengths.TEXT, message = "{expectedBehaviour.text.size}")
  @Column(name = "behaviour_text", nullable = false, length = Lengths.TEXT)
  private String text;

  @Column(name = "position", nullable = false)
  private int position;

  @NotBlank(message = "{case.uri.required}")
  @Size(max = Lengths.URI, message = "{case.uri.size}")
  @Column(name = "case_uri", nullable = false, length = Lengths.URI)
  private String uri;

  protected ExpectedBehaviour() {}

  ExpectedBehaviour(
      Standard standard, String id, String code, String text, int position, String uri) {
    this.standard = standard;
    this.id = id;
    this.code = code;
    this.text = text;
    this.position = position;
    this.uri = uri;
  }

  public String getId() {
    return id;
  }

  public Standard getStandard() {
    return standard;
  }

  public String getCode() {
    return code;
  }

  public String getText() {
    return text;
  }

  /** 1-based place within its standard. */
  public int getPosition() {
    return position;
  }

  public String getUri() {
    return uri;
  }
}
