package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.it.RemindersIT.body;
import static org.linkworker.trellis.it.RemindersIT.ended;
import static org.linkworker.trellis.it.RemindersIT.notifications;
import static org.linkworker.trellis.it.RemindersIT.start;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders by email, against a real SMTP server: GreenMail in this JVM, on the port the test
 * server's TRELLIS_SMTP_PORT names (ear/pom.xml, {@code it.smtpPort}). A worker with an address
 * gets each reminder once as {@code multipart/alternative} plain text and HTML, addressed to them,
 * with nothing of their reflections; a worker who turned email off gets only the notifications.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderMailIT {

  private static final String PASSWORD = "reminder-mail-it-2026";

  /** Words only a reflection holds: no email may carry them. */
  private static final String REFLECTION = "Private-reflection-words";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private GreenMail smtp;
  private Http steward;
  private String organisation;

  @BeforeEach
  void smtpServer() {
    int port = Integer.parseInt(System.getProperty("it.smtpPort", "39025"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    steward = new Http(base).as("steward");
  }

  @AfterEach
  void stopSmtpServer() {
    smtp.stop();
  }

  private String person(String username, String email) {
    String json =
        ("{\"username\":\"%s\",\"displayName\":\"Mai %s\",\"password\":\"%s\","
                + "\"roles\":[\"LINK_WORKER\"]%s}")
            .formatted(
                username, username, PASSWORD, email == null ? "" : ",\"email\":\"" + email + "\"");
    JsonObject created =
        body(steward.postJson("api/organisations/" + organisation + "/people", json), 201);
    assertThat(created.getString("email", null)).isEqualTo(email);
    return username;
  }

  @Test
  void eachReminderArrivesOnceAsTextAndHtmlAtTheWorkersAddressWithoutTheirReflections()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    organisation =
        body(
                steward.postJson(
                    "api/organisations", "{\"name\":\"Mail " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    String address = "mw" + run + "@example.org";
    String worker = person("mw" + run, address);
    String quiet = person("mq" + run, "mq" + run + "@example.org");
    Http asWorker = new Http(base).as(worker, PASSWORD);
    Http asQuiet = new Http(base).as(quiet, PASSWORD);
    assertThat(
            body(asQuiet.putJson("api/me/reminders", "{\"emailReminders\":false}"), 200)
                .getBoolean("emailReminders"))
        .isFalse();
    assertThat(asQuiet.putJson("api/me/reminders", "{\"email\":\"not an address\"}").statusCode())
        .isEqualTo(400);
    // A submitted entry counts towards the scheme, with a reflection nobody but the worker and
    // their supervisor may read.
    String entry =
        body(
                asWorker.postJson(
                    "api/people/" + worker + "/cpd-entries",
                    ("{\"date\":\"%s\",\"title\":\"Housing options\",\"type\":\"COURSE\","
                            + "\"hours\":2,\"reflection\":{\"what\":\"%s what\",\"learned\":\"%s"
                            + " learned\",\"change\":\"%s change\"}}")
                        .formatted(
                            LocalDate.now().minusDays(3), REFLECTION, REFLECTION, REFLECTION)),
                201)
            .getString("id");
    body(asWorker.postJson("api/cpd-entries/" + entry + "/submit", "{}"), 200);

    JsonObject first = ended(steward, start(steward));
    int expected = notifications(asWorker).size();
    assertThat(expected).as("scheme parts, supervision, declaration").isGreaterThanOrEqualTo(4);
    assertThat(smtp.waitForIncomingEmail(30_000, expected)).isTrue();
    JsonObject second = ended(steward, start(steward));

    assertThat(first.getString("status")).isEqualTo("COMPLETED");
    assertThat(first.getInt("emailed")).isGreaterThanOrEqualTo(expected);
    assertThat(second.getInt("emailed")).isZero();
    assertThat(notifications(asQuiet)).hasSize(expected);
    List<MimeMessage> received = Arrays.asList(smtp.getReceivedMessages());
    assertThat(received)
        .as("one email a reminder, none for the worker who turned email off")
        .hasSize(expected)
        .allSatisfy(m -> assertThat(recipients(m)).containsExactly(address));
    for (MimeMessage message : received) {
      assertThat(message.getFrom()[0].toString()).isEqualTo("reminders@trellis.test");
      assertThat(message.getSubject()).startsWith("Trellis: ");
      assertThat(message.getContentType()).startsWith("multipart/alternative");
      MimeMultipart parts = (MimeMultipart) message.getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      BodyPart text = parts.getBodyPart(0);
      BodyPart html = parts.getBodyPart(1);
      assertThat(text.getContentType()).startsWith("text/plain");
      assertThat(html.getContentType()).startsWith("text/html");
      assertThat((String) text.getContent()).startsWith("Hello Mai " + worker + ",");
      assertThat((String) html.getContent()).contains("<p>Hello Mai " + worker + ",</p>");
      assertThat(raw(message)).doesNotContain(REFLECTION).doesNotContain("Housing options");
      assertThat((String) text.getContent())
          .doesNotContain(REFLECTION)
          .doesNotContain("Housing options");
      assertThat((String) html.getContent())
          .doesNotContain(REFLECTION)
          .doesNotContain("Housing options");
    }
    assertThat(received)
        .extracting(m -> (String) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent())
        .anySatisfy(t -> assertThat(t).contains("18 more needed by 31 March 2027"))
        .anySatisfy(t -> assertThat(t).contains("2026\u201327 is due"));
  }

  @Test
  void anSmtpServerThatIsDownFailsTheEmailsNeverTheJob() {
    smtp.stop();
    String run = UUID.randomUUID().toString().substring(0, 8);
    organisation =
        body(
                steward.postJson(
                    "api/organisations", "{\"name\":\"Down " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    String worker = person("md" + run, "md" + run + "@example.org");

    JsonObject ended = ended(steward, start(steward));

    assertThat(ended.getString("status")).isEqualTo("COMPLETED");
    int reminders = notifications(new Http(base).as(worker, PASSWORD)).size();
    assertThat(reminders).isGreaterThanOrEqualTo(4);
    assertThat(ended.getInt("emailFailed")).isGreaterThanOrEqualTo(reminders);
    assertThat(ended.getInt("emailed")).isZero();
    smtp.start();
  }

  private static List<String> recipients(MimeMessage message) throws Exception {
    return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
        .map(a -> ((InternetAddress) a).getAddress())
        .toList();
  }

  private static String raw(MimeMessage message) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
