package org.linkworker.trellis.workforce.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** That a person is under a scheme which applies to chosen people (the three-year scheme). */
@Entity
@Table(name = "scheme_member")
@NamedQuery(
    name = SchemeMembership.SCHEMES_OF,
    query = "select m.key.schemeId from SchemeMembership m where m.key.personId = :person")
public class SchemeMembership {

  /** The identifiers of the schemes {@code :person} (an identifier) has been put under. */
  public static final String SCHEMES_OF = "SchemeMembership.schemesOf";

  @EmbeddedId private Key key;

  @Column(name = "since_utc", nullable = false, updatable = false)
  private LocalDateTime sinceUtc;

  protected SchemeMembership() {}

  public SchemeMembership(String schemeId, String personId, Instant now) {
    this.key = new Key(schemeId, personId);
    this.sinceUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public Key getKey() {
    return key;
  }

  /** The scheme and the person. */
  @Embeddable
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "scheme_id", length = Lengths.IDENTIFIER)
    private String schemeId;

    @Column(name = "person_id", length = Lengths.IDENTIFIER)
    private String personId;

    protected Key() {}

    public Key(String schemeId, String personId) {
      this.schemeId = Objects.requireNonNull(schemeId, "schemeId");
      this.personId = Objects.requireNonNull(personId, "personId");
    }

    public String getSchemeId() {
      return schemeId;
    }

    public String getPersonId() {
      return personId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && schemeId.equals(k.schemeId) && personId.equals(k.personId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(schemeId, personId);
    }
  }
}
