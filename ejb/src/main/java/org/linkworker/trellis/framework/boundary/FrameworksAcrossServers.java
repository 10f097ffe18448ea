package org.linkworker.trellis.framework.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.linkworker.trellis.platform.cluster.SharedRevisionMoved;
import org.linkworker.trellis.platform.cluster.SharedRevisions;

/**
 * Keeps every server's {@link CurrentFrameworks} true to the database when another server changes a
 * framework: the changing transaction moves the frameworks' shared revision, and a server that sees
 * it moved (at its next beat, within 20 seconds) drops what it holds. The server that made the
 * change drops its own at once ({@link CurrentFrameworks#frameworksChanged}).
 */
@Stateless
public class FrameworksAcrossServers {

  @Inject SharedRevisions revisions;

  @Inject CurrentFrameworks current;

  /** In the transaction that changes a framework. */
  public void changing(@Observes FrameworksChanged change) {
    revisions.move(SharedRevisions.FRAMEWORKS);
  }

  /** Another server (or this one) changed a framework since the last beat. */
  public void movedElsewhere(@Observes SharedRevisionMoved moved) {
    if (SharedRevisions.FRAMEWORKS.equals(moved.name())) {
      current.forget();
    }
  }
}
