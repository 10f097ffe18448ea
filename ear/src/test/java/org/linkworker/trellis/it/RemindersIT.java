package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminders job over HTTP, on a worker made for each test and a day chosen so that every kind
 * of reminder is due: two runs started at once and a third after them send each reminder once, as
 * one notification; only the steward starts or follows a run.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemindersIT {

  private static final String PASSWORD = "reminders-it-2026";

  /**
   * Seven weeks before the end of membership year 2026 (31 March 2027): the association's scheme is
   * at risk for a worker with no CPD.
   */
  static final String DAY = "2027-02-15";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Http steward;
  private String organisation;
  private String worker;
  private Http asWorker;
  private Http asSupervisor;

  @BeforeEach
  void team() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    steward = new Http(base).as("steward");
    organisation =
        body(
                steward.postJson(
                    "api/organisations",
                    "{\"name\":\"Reminders " + run + "\",\"kind\":\"EMPLOYER\"}"),
                201)
            .getString("id");
    String supervisor = "rs" + run;
    worker = "rw" + run;
    person(supervisor, "[\"SUPERVISOR\"]", null);
    person(worker, "[\"LINK_WORKER\"]", supervisor);
    asWorker = new Http(base).as(worker, PASSWORD);
    asSupervisor = new Http(base).as(supervisor, PASSWORD);
    // An assessment current (three years) until 1 March 2027: the level lapses on 2 March.
    body(
        asSupervisor.postJson(
            "api/people/" + worker + "/assessments",
            "{\"competency\":\"PC.1\",\"level\":2,\"date\":\"2024-03-01\"}"),
        201);
    // The last supervision on 1 November 2026: six weeks later, 13 December, it was due again.
    body(
        asSupervisor.postJson(
            "api/people/" + worker + "/supervision",
            "{\"date\":\"2026-11-01\",\"minutes\":60,\"kind\":\"CLINICAL\",\"supervisor\":\""
                + supervisor
                + "\"}"),
        201);
  }

  private void person(String username, String roles, String supervisedBy) {
    String json =
        "{\"username\":\"%s\",\"displayName\":\"Person %s\",\"password\":\"%s\",\"roles\":%s%s}"
            .formatted(
                username,
                username,
                PASSWORD,
                roles,
                supervisedBy == null ? "" : ",\"supervisor\":\"" + supervisedBy + "\"");
    body(steward.postJson("api/organisations/" + organisation + "/people", json), 201);
  }

  static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  /** Starts a run for the day; returns it as the POST answered. */
  static JsonObject start(Http as) {
    HttpResponse<String> started = as.postJson("api/reports/reminders", "{\"on\":\"" + DAY + "\"}");
    JsonObject run = body(started, 202);
    assertThat(started.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/reports/reminders/" + run.getString("id"));
    assertThat(run.getString("on")).isEqualTo(DAY);
    return run;
  }

  /** Waits until the run ends; returns it. */
  static JsonObject ended(Http as, JsonObject run) {
    for (int i = 0; i < 1500; i++) {
      JsonObject now = body(as.getJson("api/reports/reminders/" + run.getString("id")), 200);
      if (!List.of("STARTING", "STARTED", "STOPPING").contains(now.getString("status"))) {
        return now;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the run did not end within five minutes: " + run);
  }

  static List<JsonObject> notifications(Http as) {
    HttpResponse<String> response = as.getJson("api/me/notifications?limit=100");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response).asJsonArray().stream().map(JsonValue::asJsonObject).toList();
  }

  @Test
  void twoRunsAtOnceAndAThirdAfterThemSendEachReminderOnce() {
    JsonObject first = start(steward);
    JsonObject second = start(steward);
    first = ended(steward, first);
    second = ended(steward, second);
    assertThat(first.getString("status")).isEqualTo("COMPLETED");
    assertThat(second.getString("status")).isEqualTo("COMPLETED");
    JsonObject third = ended(steward, start(steward));

    assertThat(third.getString("status")).isEqualTo("COMPLETED");
    assertThat(third.getInt("reminders")).as("everything was sent by the first two").isZero();
    List<JsonObject> received = notifications(asWorker);
    Map<String, Long> byKind =
        received.stream()
            .collect(Collectors.groupingBy(n -> n.getString("kind"), Collectors.counting()));
    assertThat(byKind)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "SCHEME_PART_AT_RISK", 2L,
                "ATTAINMENT_LAPSING", 1L,
                "SUPERVISION_OVERDUE", 1L,
                "DECLARATION_DUE", 1L));
    Map<String, String> messages =
        received.stream()
            .collect(
                Collectors.toMap(
                    n -> n.getString("kind") + n.getString("message"),
                    n -> n.getString("message"),
                    (a, b) -> a));
    assertThat(messages.values())
        .anySatisfy(
            m -> assertThat(m).contains("points").contains("20 more needed by 31 March 2027"))
        .anySatisfy(
            m -> assertThat(m).contains("formalHours").contains("10 more needed by 31 March 2027"))
        .anySatisfy(m -> assertThat(m).contains("PC.1 at level 2, from 2 March 2027"))
        .anySatisfy(
            m -> assertThat(m).contains("1 November 2026").contains("due by 13 December 2026"))
        .anySatisfy(m -> assertThat(m).contains("2026\u201327 is due"));
    assertThat(received).allSatisfy(n -> assertThat(n.getString("actor")).isEqualTo("Trellis"));
    assertThat(first.getInt("reminders") + second.getInt("reminders"))
        .isGreaterThanOrEqualTo(received.size());
    assertThat(notifications(asSupervisor)).isEmpty();
  }

  @Test
  void onlyTheStewardStartsOrFollowsARun() {
    JsonObject run = start(steward);

    HttpResponse<String> byWorker = asWorker.postJson("api/reports/reminders", "{}");
    assertThat(byWorker.statusCode()).isEqualTo(403);
    assertThat(byWorker.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(asSupervisor.getJson("api/reports/reminders/" + run.getString("id")).statusCode())
        .isEqualTo(404);
    assertThat(steward.getJson("api/reports/reminders/999999999").statusCode()).isEqualTo(404);
    assertThat(steward.getJson("api/reports/reminders/not-a-number").statusCode()).isEqualTo(404);
    HttpResponse<String> badDay = steward.postJson("api/reports/reminders", "{\"on\":\"soon\"}");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(badDay.body()).contains("on");
    ended(steward, run);
  }

  @Test
  void aRunWithoutABodyWorksOutToday() {
    HttpResponse<String> started = steward.postJson("api/reports/reminders", "");
    JsonObject run = body(started, 202);
    assertThat(run.getString("on")).isEqualTo(java.time.LocalDate.now().toString());
    assertThat(ended(steward, run).getString("status")).isEqualTo("COMPLETED");
    Function<JsonObject, String> kind = n -> n.getString("kind");
    assertThat(notifications(asWorker)).extracting(kind).contains("DECLARATION_DUE");
  }
}
