package org.linkworker.trellis.workforce.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.platform.mail.MailSettings;
import org.linkworker.trellis.platform.mail.Mailer;
import org.linkworker.trellis.workforce.boundary.ReminderService;
import org.linkworker.trellis.workforce.boundary.ReminderService.Reminder;
import org.linkworker.trellis.workforce.entity.SentReminder.EmailStatus;

/**
 * Sends a chunk of workers the reminders they are due, then emails those that go by email. A mail
 * server that is down fails the emails, never the job: each failure is logged and counted, and once
 * the server could not be reached the rest of the chunk's emails are not tried (each would wait for
 * the same timeout).
 */
@Dependent
@Named("reminderWriter")
public class ReminderWriter extends AbstractItemWriter {

  private static final System.Logger LOG = System.getLogger(ReminderWriter.class.getName());

  @Inject
  @BatchProperty(name = ReminderService.RUN_PARAMETER)
  String runId;

  @Inject
  @BatchProperty(name = ReminderService.DAY_PARAMETER)
  String day;

  @Inject ReminderService reminders;

  @Inject Mailer mailer;

  @Override
  public void writeItems(List<Object> items) {
    List<Reminder> toEmail =
        reminders.remind(
            items.stream().map(String.class::cast).toList(), LocalDate.parse(day), runId);
    Optional<MailSettings> settings = reminders.mailSettings();
    boolean reachable = settings.isPresent();
    for (Reminder reminder : toEmail) {
      if (!reachable) {
        reminders.emailed(reminder.id(), EmailStatus.FAILED);
        continue;
      }
      try {
        mailer.send(settings.get(), ReminderService.mail(reminder, settings.get().publicUrl()));
        reminders.emailed(reminder.id(), EmailStatus.SENT);
      } catch (MessagingException | RuntimeException e) {
        reachable = !(e instanceof MessagingException m && unreachable(m));
        LOG.log(
            System.Logger.Level.WARNING,
            "Reminders {0}: a reminder could not be emailed through {1} ({2})",
            runId,
            settings.get(),
            e.toString());
        reminders.emailed(reminder.id(), EmailStatus.FAILED);
      }
    }
  }

  private static boolean unreachable(MessagingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.ConnectException
          || cause instanceof java.net.SocketTimeoutException
          || cause instanceof java.net.UnknownHostException) {
        return true;
      }
    }
    return false;
  }
}
