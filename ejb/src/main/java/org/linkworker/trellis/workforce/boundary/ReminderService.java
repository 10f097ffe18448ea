package org.linkworker.trellis.workforce.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.mail.MailSettings;
import org.linkworker.trellis.platform.mail.Mailer;
import org.linkworker.trellis.platform.mail.Mailer.Mail;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.portfolio.boundary.SupervisionService;
import org.linkworker.trellis.portfolio.entity.MembershipYear;
import org.linkworker.trellis.progression.boundary.AttainmentService;
import org.linkworker.trellis.progression.boundary.CompetencyAttainment;
import org.linkworker.trellis.workforce.control.ReminderRule;
import org.linkworker.trellis.workforce.control.ReminderRule.Due;
import org.linkworker.trellis.workforce.control.ReminderRule.LevelStanding;
import org.linkworker.trellis.workforce.control.ReminderRule.PartStanding;
import org.linkworker.trellis.workforce.control.ReminderRule.SchemeStanding;
import org.linkworker.trellis.workforce.entity.SentReminder;
import org.linkworker.trellis.workforce.entity.SentReminder.EmailStatus;

/**
 * Reminders (issue 11): every night (and when the steward asks) the {@code reminders} batch job
 * goes through the active link workers and tells each, by a notification and, where an SMTP server
 * is configured and they have an address and want it, by email: a scheme part at risk, a level
 * about to lapse, supervision overdue, a declaration due ({@link ReminderRule}). Each reminder is
 * sent once ({@link ReminderLedger}), however many runs there are and on however many servers.
 */
@Stateless
public class ReminderService {

  /** The batch job's id. */
  public static final String JOB = "reminders";

  /** The job parameter naming the run (the reminders it sent carry it). */
  public static final String RUN_PARAMETER = "runId";

  /** The job parameter holding the day the reminders are worked out for. */
  public static final String DAY_PARAMETER = "day";

  /**
   * The supervision target interval used until organisations set their own: PRODUCT.md's example,
   * every 6 weeks.
   */
  static final int DEFAULT_SUPERVISION_DAYS = 42;

  private static final String WORKERS =
      "p.active = true and org.linkworker.trellis.identity.entity.Role.LINK_WORKER member of"
          + " p.roles";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject Clock clock;

  @Inject ComplianceService compliance;

  @Inject AttainmentService attainment;

  @Inject SupervisionService supervision;

  @Inject DeclarationService declarations;

  @Inject ReminderLedger ledger;

  @Inject Mailer mailer;

  /** A reminder just sent, to be emailed. */
  public record Reminder(
      String id, String email, String displayName, NotificationKind kind, String title) {}

  /** Starts a run for a day (today when null): the steward only. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ReminderRun start(Caller caller, LocalDate on) {
    if (!policy.mayManageOrganisations(caller)) {
      throw new AccessDeniedException("workforce.reminders_steward_only");
    }
    long execution = launch(on == null ? LocalDate.now(clock) : on);
    return view(operator().getJobExecution(execution));
  }

  /** Starts tonight's run, for today (the schedule). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long startScheduled() {
    return launch(LocalDate.now(clock));
  }

  private static long launch(LocalDate day) {
    Properties parameters = new Properties();
    parameters.setProperty(RUN_PARAMETER, UUID.randomUUID().toString());
    parameters.setProperty(DAY_PARAMETER, day.toString());
    return operator().start(JOB, parameters);
  }

  /** A run of the reminders job: the steward only; anyone else finds none. */
  public Optional<ReminderRun> run(Caller caller, String id) {
    if (!policy.mayManageOrganisations(caller)) {
      throw new NotVisibleException("job");
    }
    try {
      JobExecution execution = operator().getJobExecution(Long.parseLong(id));
      return JOB.equals(execution.getJobName()) ? Optional.of(view(execution)) : Optional.empty();
    } catch (NumberFormatException | NoSuchJobExecutionException e) {
      return Optional.empty();
    }
  }

  private ReminderRun view(JobExecution execution) {
    Properties parameters = execution.getJobParameters();
    String runId = parameters.getProperty(RUN_PARAMETER);
    long reminders = 0;
    long emailed = 0;
    long failed = 0;
    for (Object[] row :
        em.createNamedQuery(SentReminder.COUNT_BY_RUN, Object[].class)
            .setParameter("run", runId)
            .getResultList()) {
      long count = ((Number) row[1]).longValue();
      reminders += count;
      if (row[0] == EmailStatus.SENT) {
        emailed = count;
      } else if (row[0] == EmailStatus.FAILED) {
        failed = count;
      }
    }
    return new ReminderRun(
        Long.toString(execution.getExecutionId()),
        execution.getBatchStatus().name(),
        LocalDate.parse(parameters.getProperty(DAY_PARAMETER)),
        execution.getStartTime() == null ? null : execution.getStartTime().toInstant(),
        execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
        reminders,
        emailed,
        failed);
  }

  /** The active link workers' ids, in order, from after {@code after} (null: from the first). */
  public List<String> workers(String after) {
    return em.createQuery(
            "select p.id from Person p where " + WORKERS + " and p.id > :after order by p.id",
            String.class)
        .setParameter("after", after == null ? "" : after)
        .getResultList();
  }

  /**
   * Works out the reminders the given workers are due on the day, sends each not sent before as a
   * notification and records it; returns those to email (none without an SMTP server).
   */
  public List<Reminder> remind(List<String> personIds, LocalDate day, String runId) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    List<Person> people =
        em.createQuery("select p from Person p where p.id in :ids order by p.id", Person.class)
            .setParameter("ids", personIds)
            .getResultList();
    Map<String, List<ComplianceReport>> schemes = compliance.everySchemeOfPeople(personIds, day);
    Map<String, List<CompetencyAttainment>> levels = attainment.heldLevelsOfPeople(people, day);
    Map<String, LocalDate> lastSessions = supervision.lastSessions(personIds, day);
    MembershipYear year = MembershipYear.containing(day);
    Set<String> declared = declarations.declaredAmong(personIds, year);
    Set<String> sent = new HashSet<>();
    for (Object[] row :
        em.createNamedQuery(SentReminder.KEYS_OF, Object[].class)
            .setParameter("people", personIds)
            .getResultList()) {
      sent.add(row[0] + "|" + row[1] + "|" + row[2]);
    }
    boolean mailOn = mailer.settings().isPresent();
    List<Reminder> toEmail = new ArrayList<>();
    for (Person person : people) {
      List<Due> due = new ArrayList<>();
      for (ComplianceReport report : schemes.getOrDefault(person.getId(), List.of())) {
        due.addAll(ReminderRule.schemeParts(standing(report), day));
      }
      due.addAll(
          ReminderRule.lapsingLevels(
              levels.getOrDefault(person.getUsername(), List.of()).stream()
                  .map(l -> new LevelStanding(l.competency(), l.level(), l.lapses()))
                  .toList(),
              day));
      ReminderRule.supervision(
              lastSessions.get(person.getId()), supervisionIntervalDays(person), day)
          .ifPresent(due::add);
      ReminderRule.declaration(declared.contains(person.getId()), year.first(), year.label())
          .ifPresent(due::add);
      boolean email = mailOn && person.getEmail() != null && person.wantsEmailReminders();
      for (Due reminder : due) {
        if (sent.contains(person.getId() + "|" + reminder.kind() + "|" + reminder.subjectKey())) {
          continue;
        }
        String title = title(reminder);
        ledger
            .record(
                person.getId(),
                reminder.kind(),
                reminder.subjectKey(),
                runId,
                email ? EmailStatus.PENDING : EmailStatus.NONE,
                title)
            .filter(id -> email)
            .ifPresent(
                id ->
                    toEmail.add(
                        new Reminder(
                            id,
                            person.getEmail(),
                            person.getDisplayName(),
                            reminder.kind(),
                            title)));
      }
    }
    return toEmail;
  }

  /**
   * How long a worker may go between supervision sessions. Organisations will set their own
   * interval; until then every one has the default of 6 weeks.
   */
  int supervisionIntervalDays(Person person) {
    return person.getOrganisation() == null
        ? DEFAULT_SUPERVISION_DAYS
        : person.getOrganisation().getSupervisionWeeks() * 7;
  }

  /** Records what became of a reminder's email. */
  public void emailed(String reminderId, EmailStatus status) {
    em.createNamedQuery(SentReminder.SET_EMAIL_STATUS)
        .setParameter("status", status)
        .setParameter("id", reminderId)
        .executeUpdate();
  }

  /** The SMTP server's settings, or empty when none is configured. */
  public Optional<MailSettings> mailSettings() {
    return mailer.settings();
  }

  /**
   * A reminder as an email: the sentence of its notification, in plain text and in HTML, and
   * nothing of the person's portfolio beyond it (never a reflection).
   */
  public static Mail mail(Reminder reminder, String publicUrl) {
    String sentence =
        Messages.format(
            "notification." + reminder.kind().name(),
            Messages.format("reminder.actor"),
            reminder.title());
    String greeting = Messages.format("reminder.email.greeting", reminder.displayName());
    String link =
        publicUrl == null
            ? null
            : publicUrl.replaceAll("/+$", "") + reminder.kind().page() + ".xhtml";
    String open = link == null ? null : Messages.format("reminder.email.open", link);
    String why = Messages.format("reminder.email.why");
    StringBuilder text = new StringBuilder();
    text.append(greeting).append("\n\n").append(sentence).append("\n\n");
    if (open != null) {
      text.append(open).append("\n\n");
    }
    text.append(why).append('\n');
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
        .append(Mailer.escape(Messages.format("reminder.subject." + reminder.kind().name())))
        .append("</title></head><body><p>")
        .append(Mailer.escape(greeting))
        .append("</p><p>")
        .append(Mailer.escape(sentence))
        .append("</p>");
    if (link != null) {
      html.append("<p><a href=\"")
          .append(Mailer.escape(link))
          .append("\">")
          .append(Mailer.escape(open))
          .append("</a></p>");
    }
    html.append("<p>").append(Mailer.escape(why)).append("</p></body></html>");
    return new Mail(
        reminder.email(),
        Messages.format("reminder.subject." + reminder.kind().name()),
        text.toString(),
        html.toString());
  }

  static String title(Due due) {
    List<Object> v = due.values();
    return switch (due.kind()) {
      case SCHEME_PART_AT_RISK ->
          v.size() == 4
              ? Messages.format(
                  "reminder.part_missing",
                  v.get(0),
                  v.get(1),
                  ((BigDecimal) v.get(2)).toPlainString(),
                  date(v.get(3)))
              : Messages.format("reminder.part_lapsing", v.get(0), v.get(1), date(v.get(2)));
      case ATTAINMENT_LAPSING ->
          Messages.format(
              "reminder.level_lapsing", v.get(0), String.valueOf(v.get(1)), date(v.get(2)));
      case SUPERVISION_OVERDUE ->
          v.isEmpty()
              ? Messages.format("reminder.supervision_none")
              : Messages.format("reminder.supervision_last", date(v.get(0)), date(v.get(1)));
      case DECLARATION_DUE -> String.valueOf(v.get(0));
      default -> throw new IllegalArgumentException("Not a reminder: " + due.kind());
    };
  }

  private static String date(Object day) {
    return DATE.format((LocalDate) day);
  }

  private static SchemeStanding standing(ComplianceReport report) {
    return new SchemeStanding(
        report.scheme(),
        report.title(),
        report.window().from(),
        report.window().to(),
        report.met(),
        report.status() == ComplianceStatus.AT_RISK,
        report.parts().stream()
            .map(p -> new PartStanding(p.part(), p.met(), p.missing(), p.lapses()))
            .toList());
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
