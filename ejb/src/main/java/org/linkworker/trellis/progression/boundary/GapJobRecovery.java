package org.linkworker.trellis.progression.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import org.linkworker.trellis.platform.cluster.ServerGone;
import org.linkworker.trellis.platform.cluster.ServerPresence;

/**
 * At start-up, after the schema is migrated: gap-report jobs that a stopped server left running are
 * marked failed, so that whoever started them can restart them. Jobs another server of the cluster
 * is running are left alone; when a server goes away while it runs one ({@link ServerGone}, noticed
 * by whichever server is still there), its jobs are marked failed then.
 *
 * <p>Should the rows be locked (a transaction the transaction manager is still settling after a
 * crash), the application starts all the same and the marking is tried again a little later, a few
 * times, rather than failing the deployment.
 */
@Startup
@Singleton
@DependsOn("ServerPresence")
// Lifecycle callbacks run in this transaction context: none, so the service starts its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GapJobRecovery {

  private static final System.Logger LOG = System.getLogger(GapJobRecovery.class.getName());

  /** How long to wait before trying again, and how many tries in all. */
  static final long RETRY_MILLIS = 20_000;

  static final int TRIES = 10;

  @Inject GapSnapshotService snapshots;

  @Inject ServerPresence presence;

  /** When this deployment started: a job from before runners were recorded is older. */
  private final Instant loadedAt = Instant.now();

  @Resource TimerService timers;

  private int tries;

  @PostConstruct
  void failAbandonedJobs() {
    attempt();
  }

  @Timeout
  void tryAgain(Timer timer) {
    attempt();
  }

  /** In the transaction of the presence beat that noticed the server had gone. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void serverGone(@Observes ServerGone gone) {
    int failed = snapshots.failRunBy(gone.bootId());
    if (failed > 0) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0} gap-report job(s) of server {1}, which has gone, were marked FAILED; restart them"
              + " from the report page or POST /api/reports/jobs/'{'id'}'/restart",
          failed,
          gone.serverName());
    }
  }

  private void attempt() {
    tries++;
    try {
      int failed = snapshots.failAbandoned(presence.liveBoots(), loadedAt);
      if (failed > 0) {
        LOG.log(
            System.Logger.Level.WARNING,
            "{0} gap-report job(s) left running by the last server were marked FAILED; restart"
                + " them from the report page or POST /api/reports/jobs/'{'id'}'/restart",
            failed);
      }
    } catch (EJBException | PersistenceException e) {
      if (tries >= TRIES) {
        LOG.log(
            System.Logger.Level.ERROR,
            "Gap-report jobs left running by the last server could not be marked FAILED after "
                + tries
                + " tries",
            e);
        return;
      }
      LOG.log(
          System.Logger.Level.WARNING,
          "Gap-report jobs left running by the last server could not be read yet (try "
              + tries
              + " of "
              + TRIES
              + "): "
              + e.getMessage()
              + "; trying again in "
              + RETRY_MILLIS / 1000
              + " s");
      timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig("gap job recovery", false));
    }
  }
}
