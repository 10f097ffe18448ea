package org.linkworker.trellis.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The catalogue's revision: a single row whose number every transaction that changes courses moves
 * on, so that a server keeping the published courses knows, in one statement, whether they are
 * still what the database holds.
 */
@Entity
@Table(name = "catalogue_revision")
@NamedQuery(name = CatalogueRevision.READ, query = "select r.revision from CatalogueRevision r")
@NamedQuery(
    name = CatalogueRevision.ADVANCE,
    query = "update CatalogueRevision r set r.revision = r.revision + 1")
public class CatalogueRevision {

  public static final String READ = "CatalogueRevision.read";
  public static final String ADVANCE = "CatalogueRevision.advance";

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "revision", nullable = false)
  private long revision;

  protected CatalogueRevision() {}

  public long getRevision() {
    return revision;
  }
}
