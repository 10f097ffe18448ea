package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;

/**
 * The current version of every framework, as one application-wide, immutable set of {@link
 * FrameworkSnapshot}s: read from the database once, then answered from memory by every page, report
 * and service, without a statement.
 *
 * <p>The set is replaced as a whole, never changed: a reader sees either the old set or the new
 * one. It is dropped when a transaction that fired {@link FrameworksChanged} ends (committed or
 * rolled back) and built again by the next reader; a build that overlapped the change is used by
 * its own caller but not kept, so a set read before a commit never outlives it. On a cluster each
 * server holds its own copy, dropped at once by a change made on it and within a beat (20 seconds)
 * by a change made on another ({@link FrameworksAcrossServers}).
 *
 * <p>Several frameworks run side by side (PRODUCT.md): one current version per framework code. The
 * <em>default</em> framework is the one the data marks as such (see {@link FrameworkSnapshots})
 * when it is current, otherwise the first current framework by code; a person's framework is the
 * one that has their career stage.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CurrentFrameworks {

  @Inject FrameworkSnapshots snapshots;

  private final AtomicReference<Held> held = new AtomicReference<>(new Held(null));

  // Changes whose transaction has not ended yet: while there are any, nothing built is kept, so a
  // set read inside (or alongside) an uncommitted change is never served to anyone else.
  private final AtomicInteger pending = new AtomicInteger();

  // Replaced, never changed: identity tells a builder whether a change came in while it worked.
  private record Held(FrameworkSnapshots.Current current) {}

  /** The default framework's current version, if one is loaded. */
  public Optional<FrameworkSnapshot> current() {
    return held().byDefault();
  }

  /** The current version of the framework with this code. */
  public Optional<FrameworkSnapshot> current(String code) {
    return held().of(code);
  }

  /** The current version of every framework, the default first, then by code. */
  public List<FrameworkSnapshot> all() {
    return held().all();
  }

  /**
   * The career stages of every current framework, the default framework's first, each framework's
   * in progression order: the stages a person can be at (their stage decides their framework).
   */
  public List<StageView> stages() {
    return all().stream().flatMap(f -> f.stages().stream()).toList();
  }

  /** A stage's title in whichever current framework has it, or empty. */
  public Optional<String> stageTitle(String stageCode) {
    return forStage(stageCode).flatMap(f -> f.stage(stageCode)).map(StageView::title);
  }

  /**
   * The framework whose current version has this career stage (code in any case): the default
   * framework's stage wins if two frameworks share a code.
   */
  public Optional<FrameworkSnapshot> forStage(String stageCode) {
    return held().forStage(stageCode);
  }

  /** A framework is changing: what is held is out of date from now on. */
  public void frameworksChanging(@Observes FrameworksChanged change) {
    pending.incrementAndGet();
    forget();
  }

  /** The transaction that changed a framework ended (committed or rolled back). */
  public void frameworksChanged(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) FrameworksChanged change) {
    forget();
    pending.decrementAndGet();
  }

  /** Drops what is held; the next reader builds it again. */
  public void forget() {
    held.set(new Held(null));
  }

  private FrameworkSnapshots.Current held() {
    Held now = held.get();
    if (now.current() != null) {
      return now.current();
    }
    FrameworkSnapshots.Current built = snapshots.build();
    if (pending.get() == 0) {
      held.compareAndSet(now, new Held(built));
    }
    return built;
  }
}
