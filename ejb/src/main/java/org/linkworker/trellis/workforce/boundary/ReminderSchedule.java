package org.linkworker.trellis.workforce.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.linkworker.trellis.platform.cluster.ScheduledRuns;

/**
 * Starts the reminders job every night, at {@value #DEFAULT_AT} server time unless {@code
 * TRELLIS_REMINDERS_AT} (or the system property {@code trellis.reminders.at}) says another time as
 * {@code hour:minute}, or {@code hour:minute:second}, each part an EJB calendar expression ({@code
 * 4:15}; {@code *:*:*}{@code /10}, every ten seconds, is what the cluster's test uses). The timer
 * is not persistent: a night missed while the server was down is made up by the next, since a
 * reminder stays due until it is sent. Every server of a cluster fires its timer; the first to
 * record the day's run ({@link ScheduledRuns}) starts it, and the others leave it (the reminders'
 * unique key would send each once all the same). {@code TRELLIS_REMINDERS_NIGHTLY=off} (or the
 * system property {@code trellis.reminders.nightly}) turns the nightly run off, as the integration
 * tests' server does: their own runs are started by hand.
 */
@Startup
@Singleton
@DependsOn("ServerPresence")
public class ReminderSchedule {

  static final String DEFAULT_AT = "2:30";

  private static final Pattern PART = Pattern.compile("[0-9*/,\\-]{1,20}");

  private static final System.Logger LOG = System.getLogger(ReminderSchedule.class.getName());

  @Inject ReminderService reminders;

  @Inject ScheduledRuns runs;

  @Inject Clock clock;

  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    if ("off".equalsIgnoreCase(System.getenv("TRELLIS_REMINDERS_NIGHTLY"))
        || "off".equalsIgnoreCase(System.getProperty("trellis.reminders.nightly"))) {
      LOG.log(System.Logger.Level.INFO, "Nightly reminders are off (TRELLIS_REMINDERS_NIGHTLY)");
      return;
    }
    String at = System.getenv("TRELLIS_REMINDERS_AT");
    if (at == null || at.isBlank()) {
      at = System.getProperty("trellis.reminders.at", DEFAULT_AT);
    }
    ScheduleExpression when;
    try {
      when = when(at);
    } catch (IllegalArgumentException e) {
      LOG.log(
          System.Logger.Level.ERROR, "{0}; the reminders run at {1}", e.getMessage(), DEFAULT_AT);
      when = when(DEFAULT_AT);
    }
    timers.createCalendarTimer(when, new TimerConfig("nightly reminders", false));
    LOG.log(
        System.Logger.Level.INFO,
        "Reminders run at {0}:{1}:{2} (hour:minute:second, server time)",
        when.getHour(),
        when.getMinute(),
        when.getSecond());
  }

  /**
   * The calendar of {@code hour:minute} (at second 0) or {@code hour:minute:second}, each an EJB
   * calendar expression.
   */
  static ScheduleExpression when(String at) {
    String[] parts = at.strip().split(":", -1);
    if (parts.length < 2
        || parts.length > 3
        || !Arrays.stream(parts).allMatch(part -> PART.matcher(part).matches())) {
      throw new IllegalArgumentException(
          "TRELLIS_REMINDERS_AT must be hour:minute, such as 2:30, not \"" + at + "\"");
    }
    return new ScheduleExpression()
        .hour(parts[0])
        .minute(parts[1])
        .second(parts.length == 3 ? parts[2] : "0");
  }

  @Timeout
  void nightly() {
    try {
      if (!runs.claim(ReminderService.JOB, LocalDate.now(clock))) {
        LOG.log(System.Logger.Level.INFO, "Today's reminders were started by another server");
        return;
      }
      long execution = reminders.startScheduled();
      LOG.log(System.Logger.Level.INFO, "Reminders started (execution {0})", execution);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Reminders could not start", e);
    }
  }
}
