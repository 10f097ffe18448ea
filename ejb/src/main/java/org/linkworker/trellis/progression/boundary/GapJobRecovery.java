package org.linkworker.trellis.progression.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * At start-up, after the schema is migrated: gap-report jobs that a stopped server left running are
 * marked failed, so that whoever started them can restart them.
 */
@Startup
@Singleton
@DependsOn("ApplicationStartup")
// Lifecycle callbacks run in this transaction context: none, so the service starts its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GapJobRecovery {

  private static final System.Logger LOG = System.getLogger(GapJobRecovery.class.getName());

  @Inject GapSnapshotService snapshots;

  @PostConstruct
  void failAbandonedJobs() {
    int failed = snapshots.failAbandoned();
    if (failed > 0) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0} gap-report job(s) left running by the last server were marked FAILED; restart them"
              + " from the report page or POST /api/reports/jobs/'{'id'}'/restart",
          failed);
    }
  }
}
