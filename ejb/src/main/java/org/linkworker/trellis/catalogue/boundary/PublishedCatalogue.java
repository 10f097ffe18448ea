package org.linkworker.trellis.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.linkworker.trellis.catalogue.entity.CatalogueRevision;

/**
 * The published courses with their mappings, kept between requests: every gap report and training
 * needs analysis chooses among all of them, and reading a national catalogue's mappings was half of
 * a single report's time. The list is kept with the catalogue's revision ({@link
 * CatalogueRevision}) it was read at; every transaction that changes courses moves the revision on
 * ({@link #changing}), so a reader finds in one statement whether the list is still the database's
 * (on any server sharing the database) and reads it again only when it is not.
 *
 * <p>The revision is read before the list: a change committed in between leaves a list newer than
 * its revision, which is read again next time, never an older one served.
 */
@ApplicationScoped
public class PublishedCatalogue {

  private final AtomicReference<Kept> kept = new AtomicReference<>();

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  private record Kept(long revision, List<PublishedCourse> courses) {}

  /** The list kept, or {@code read}'s answer (then kept) when the catalogue has changed since. */
  public List<PublishedCourse> courses(Supplier<List<PublishedCourse>> read) {
    long revision = em.createNamedQuery(CatalogueRevision.READ, Long.class).getSingleResult();
    Kept known = kept.get();
    if (known != null && known.revision() == revision) {
      return known.courses();
    }
    List<PublishedCourse> courses = List.copyOf(read.get());
    kept.set(new Kept(revision, courses));
    return courses;
  }

  /**
   * Courses are created, changed or deleted in the current transaction: the revision moves on with
   * it (and the row stays locked until it ends, so call this after the changes, just before the
   * transaction ends).
   */
  public void changing() {
    em.createNamedQuery(CatalogueRevision.ADVANCE).executeUpdate();
  }
}
