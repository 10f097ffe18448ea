package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.notification.entity.NotificationKind;
import org.linkworker.trellis.platform.mail.Mailer.Mail;
import org.linkworker.trellis.workforce.boundary.ReminderService.Reminder;
import org.linkworker.trellis.workforce.control.ReminderRule.Due;

class ReminderServiceMailTest {

  @Test
  void eachKindOfReminderReadsAsASentenceWithItsDatesWrittenOut() {
    assertThat(
            ReminderService.title(
                new Due(
                    NotificationKind.SCHEME_PART_AT_RISK,
                    "k",
                    List.of(
                        "Association CPD",
                        "points",
                        new BigDecimal("12.50"),
                        LocalDate.of(2027, 3, 31)))))
        .isEqualTo("Association CPD, points: 12.50 more needed by 31 March 2027");
    assertThat(
            ReminderService.title(
                new Due(
                    NotificationKind.SCHEME_PART_AT_RISK,
                    "k",
                    List.of("Three-year CPD", "hours", LocalDate.of(2027, 1, 5)))))
        .isEqualTo(
            "Three-year CPD, hours: met today, but not from 5 January 2027 unless you"
                + " record more");
    assertThat(
            ReminderService.title(
                new Due(
                    NotificationKind.ATTAINMENT_LAPSING,
                    "k",
                    List.of("PC.1", 2, LocalDate.of(2027, 3, 2)))))
        .isEqualTo("PC.1 at level 2, from 2 March 2027");
    assertThat(
            ReminderService.title(
                new Due(
                    NotificationKind.SUPERVISION_OVERDUE,
                    "k",
                    List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 13)))))
        .isEqualTo(
            "the last session was on 1 November 2026, and the next was due by 13 December"
                + " 2026");
    assertThat(
            ReminderService.title(new Due(NotificationKind.SUPERVISION_OVERDUE, "none", List.of())))
        .isEqualTo("no supervision session is recorded");
    assertThat(
            ReminderService.title(
                new Due(NotificationKind.DECLARATION_DUE, "2026", List.of("2026–27"))))
        .isEqualTo("2026–27");
  }

  @Test
  void anEmailSaysTheNotificationsSentenceAsTextAndAsEscapedHtmlWithALinkToActOnIt() {
    Reminder reminder =
        new Reminder(
            "id",
            "alex@example.org",
            "Alex <b>Link</b>",
            NotificationKind.DECLARATION_DUE,
            "2026–27");

    Mail mail = ReminderService.mail(reminder, "https://trellis.example.org/");

    assertThat(mail.to()).isEqualTo("alex@example.org");
    assertThat(mail.subject()).isEqualTo("Trellis: your declaration is due");
    assertThat(mail.text())
        .startsWith("Hello Alex <b>Link</b>,\n\n")
        .contains("Your declaration against the code of practice for 2026–27 is due.")
        .contains("https://trellis.example.org/portfolio/declaration.xhtml")
        .contains("turn them off on your account page");
    assertThat(mail.html())
        .contains("<p>Hello Alex &lt;b&gt;Link&lt;/b&gt;,</p>")
        .contains("<a href=\"https://trellis.example.org/portfolio/declaration.xhtml\">")
        .doesNotContain("<b>");
  }

  @Test
  void withoutAPublicAddressAnEmailHasNoLink() {
    Mail mail =
        ReminderService.mail(
            new Reminder("id", "a@example.org", "A", NotificationKind.SUPERVISION_OVERDUE, "x"),
            null);

    assertThat(mail.text()).doesNotContain("http");
    assertThat(mail.html()).doesNotContain("<a ");
  }
}
