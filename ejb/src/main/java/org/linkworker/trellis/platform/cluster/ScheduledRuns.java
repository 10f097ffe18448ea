package org.linkworker.trellis.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Which server starts a scheduled job on a given day: every server's timer fires, and the first to
 * record the run ({@code scheduled_run}, one row a job and day) starts it; the others find it
 * recorded and leave it. The table is locked while a server looks and records, so two servers
 * firing at the same moment cannot both find it free.
 */
@Stateless
public class ScheduledRuns {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject Clock clock;

  @Inject ServerPresence presence;

  /**
   * Records that this server runs {@code job} for {@code day}, unless a server has already: true
   * when it is this server's to run. Committed at once, in a transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean claim(String job, LocalDate day) {
    em.createNativeQuery("lock table scheduled_run in exclusive mode").executeUpdate();
    Number taken =
        (Number)
            em.createNativeQuery("select count(*) from scheduled_run where job = ? and run_on = ?")
                .setParameter(1, job)
                .setParameter(2, java.sql.Date.valueOf(day))
                .getSingleResult();
    if (taken.longValue() > 0) {
      return false;
    }
    em.createNativeQuery(
            "insert into scheduled_run (job, run_on, server_name, started_utc) values (?, ?, ?, ?)")
        .setParameter(1, job)
        .setParameter(2, java.sql.Date.valueOf(day))
        .setParameter(3, presence.server())
        .setParameter(
            4, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
        .executeUpdate();
    return true;
  }
}
