package org.linkworker.trellis.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The published courses with their mappings, kept between requests: every gap report and training
 * needs analysis chooses among all of them, and reading a national catalogue's mappings was half of
 * a report's time. Whatever changes a course says so ({@link #changing}) in its transaction; the
 * list kept is dropped then, and again when that transaction ends, committed or rolled back, so no
 * reader keeps a list read before the last commit.
 *
 * <p>A list is kept with the revision it was read at; any change moves the revision on, so a list
 * read while a change was under way is never served. One server's memory: the catalogue is only
 * changed through this application.
 */
@ApplicationScoped
public class PublishedCatalogue {

  private static final Object KEY = PublishedCatalogue.class;

  private final AtomicLong revision = new AtomicLong();

  private final AtomicReference<Kept> kept = new AtomicReference<>();

  @Resource TransactionSynchronizationRegistry transactions;

  private record Kept(long revision, List<PublishedCourse> courses) {}

  /** The list kept, or {@code read}'s answer, then kept, when a course has changed since. */
  public List<PublishedCourse> courses(Supplier<List<PublishedCourse>> read) {
    long now = revision.get();
    Kept known = kept.get();
    if (known != null && known.revision() == now) {
      return known.courses();
    }
    List<PublishedCourse> courses = List.copyOf(read.get());
    kept.compareAndSet(known, new Kept(now, courses));
    return courses;
  }

  /**
   * A course is being created, changed or deleted in the current transaction (if there is one): the
   * list kept is forgotten now and once more when the transaction ends.
   */
  public void changing() {
    forget();
    if (transactions == null
        || transactions.getTransactionKey() == null
        || transactions.getResource(KEY) != null) {
      return;
    }
    transactions.putResource(KEY, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit: the list is forgotten after it
          }

          @Override
          public void afterCompletion(int status) {
            forget();
          }
        });
  }

  private void forget() {
    revision.incrementAndGet();
    kept.set(null);
  }
}
