package org.linkworker.trellis.workforce.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.linkworker.trellis.platform.cluster.ScheduledRuns;

/**
 * Starts the reminders job every night. The timer is not persistent: a night missed while the
 * server was down is made up by the next, since a reminder stays due until it is sent. Every server
 * of a cluster fires its timer; the first to record the night's run ({@link ScheduledRuns}) starts
 * it, and the others leave it (the reminders' unique key would send each once all the same). {@code
 * TRELLIS_REMINDERS_NIGHTLY=off} (or the system property {@code trellis.reminders.nightly}) turns
 * the nightly run off, as the integration tests' server does: their own runs are started by hand.
 */
@Singleton
public class ReminderSchedule {

  private static final System.Logger LOG = System.getLogger(ReminderSchedule.class.getName());

  @Inject ReminderService reminders;

  @Inject ScheduledRuns runs;

  @Inject Clock clock;

  @Schedule(hour = "2", minute = "30", persistent = false, info = "nightly reminders")
  void nightly() {
    if ("off".equalsIgnoreCase(System.getenv("TRELLIS_REMINDERS_NIGHTLY"))
        || "off".equalsIgnoreCase(System.getProperty("trellis.reminders.nightly"))) {
      LOG.log(System.Logger.Level.INFO, "Nightly reminders are off (TRELLIS_REMINDERS_NIGHTLY)");
      return;
    }
    try {
      if (!runs.claim(ReminderService.JOB, LocalDate.now(clock))) {
        LOG.log(System.Logger.Level.INFO, "Tonight's reminders were started by another server");
        return;
      }
      long execution = reminders.startScheduled();
      LOG.log(System.Logger.Level.INFO, "Reminders started (execution {0})", execution);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Reminders could not start", e);
    }
  }
}
