package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
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
 * Privacy over HTTP (issue 13): every read of a worker's reflections or evidence by someone else is
 * in the audit log and in the worker's own list ({@code GET /api/people/{username}/reads}); the
 * worker's own reads and an employer's (who never sees reflections) are not. Erasure: the employer
 * confirms ({@code POST /api/people/{username}/erasure}), the steward erases ({@code POST
 * /api/erasures/{id}/erase}); afterwards the person can no longer sign in, with their password or
 * their token, and nothing of theirs is found; refusals are problem+json and change nothing.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyApiIT {

  private static final String PASSWORD = "privacy-api-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private String worker;
  private String supervisor;
  private String employer;
  private Http asWorker;

  @BeforeEach
  void people() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Privacy " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    organisation = Http.json(org).asJsonObject().getString("id");
    supervisor = "ps" + run;
    worker = "pw" + run;
    employer = "pe" + run;
    add(steward, supervisor, "[\"SUPERVISOR\"]", "");
    add(steward, employer, "[\"EMPLOYER\"]", "");
    add(
        steward,
        worker,
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    asWorker = new Http(base).as(worker, PASSWORD);
  }

  private void add(Http steward, String username, String roles, String more) {
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"Person %s\",\"password\":\"%s\",\"roles\":%s%s}"
                .formatted(username, username, PASSWORD, roles, more));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
  }

  private Http as(String username) {
    return new Http(base).as(username, PASSWORD);
  }

  private String entry(String reflection) {
    String id = draft(reflection);
    submit(id);
    return id;
  }

  private String draft(String reflection) {
    String body =
        ("{\"date\":\"%s\",\"title\":\"Listening skills\",\"type\":\"COURSE\",\"hours\":2,"
                + "\"participatory\":true,\"reflection\":{\"what\":%s,\"learned\":null,"
                + "\"change\":null},\"claims\":[{\"competency\":\"PC.1\",\"level\":1}]}")
            .formatted(
                LocalDate.now().minusDays(2),
                reflection == null ? "null" : "\"" + reflection + "\"");
    HttpResponse<String> made = asWorker.postJson("api/people/" + worker + "/cpd-entries", body);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    return Http.json(made).asJsonObject().getString("id");
  }

  private void submit(String id) {
    assertThat(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}").statusCode())
        .isEqualTo(200);
  }

  private JsonArray reads() {
    HttpResponse<String> reads = asWorker.getJson("api/people/" + worker + "/reads");
    assertThat(reads.statusCode()).as(reads.body()).isEqualTo(200);
    return Http.json(reads).asJsonArray();
  }

  @Test
  void everyReadOfReflectionsOrEvidenceBySomeoneElseIsShownToTheWorker() {
    String written = entry("My own words about a hard day");
    entry(null);
    assertThat(reads()).isEmpty();

    asWorker.getJson("api/cpd-entries/" + written);
    asWorker.getJson("api/people/" + worker + "/cpd-entries");
    as(employer).getJson("api/people/" + worker + "/cpd-entries");
    as(employer).getJson("api/cpd-entries/" + written);
    assertThat(reads())
        .as("the worker's own reads and the employer's, who sees no reflection")
        .isEmpty();

    Http sup = as(supervisor);
    assertThat(sup.getJson("api/me/verification-queue").statusCode()).isEqualTo(200);
    assertThat(sup.getJson("api/cpd-entries/" + written).statusCode()).isEqualTo(200);
    String withFile = draft("With a file");
    HttpResponse<String> file =
        asWorker.postFile(
            "api/cpd-entries/" + withFile + "/evidence",
            "certificate.pdf",
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
    String evidence = Http.json(file).asJsonObject().getString("id");
    submit(withFile);
    assertThat(sup.get("api/evidence/" + evidence, "*/*").statusCode()).isEqualTo(200);

    JsonArray reads = reads();
    assertThat(reads).hasSize(3);
    JsonObject newest = reads.getJsonObject(0);
    assertThat(newest.keySet()).containsExactly("at", "reader", "readerName", "what", "detail");
    assertThat(newest.getString("reader")).isEqualTo(supervisor);
    assertThat(newest.getString("readerName")).isEqualTo("Person " + supervisor);
    assertThat(newest.getString("what")).isEqualTo("EVIDENCE");
    assertThat(newest.getString("detail")).contains(evidence);
    assertThat(reads.getJsonObject(1).getString("what")).isEqualTo("REFLECTIONS");
    assertThat(reads.getJsonObject(1).getString("detail"))
        .contains(written)
        .doesNotContain("hard day");
    assertThat(reads.getJsonObject(2).getString("detail"))
        .as("the queue showed one entry with a reflection written and one without")
        .contains(written);

    HttpResponse<String> steward =
        new Http(base)
            .as("steward")
            .getJson("api/audit?actor=" + supervisor + "&action=REFLECTIONS_READ");
    assertThat(Http.json(steward).asJsonArray()).hasSize(2);
    assertThat(as(supervisor).getJson("api/people/" + worker + "/reads").statusCode())
        .isEqualTo(404);
    assertThat(as(employer).getJson("api/people/" + worker + "/reads").statusCode()).isEqualTo(404);
  }

  @Test
  void theStewardErasesAPersonTheirEmployerConfirmedAndTheyAreGoneEverywhere() {
    String id = entry("Something personal");
    HttpResponse<String> token =
        asWorker.postJson("api/me/tokens", "{\"name\":\"script\",\"days\":30}");
    assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
    String secret = Http.json(token).asJsonObject().getString("secret");
    assertThat(new Http(base).bearer(secret).getJson("api/me").statusCode()).isEqualTo(200);

    HttpResponse<String> tooLong =
        as(employer)
            .postJson(
                "api/people/" + worker + "/erasure", "{\"reason\":\"" + "x".repeat(1001) + "\"}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(tooLong.body()).contains("reason");
    Http steward = new Http(base).as("steward");
    assertThat(Http.json(steward.getJson("api/erasures?status=CONFIRMED")).asJsonArray().toString())
        .as("nothing stored by the refused request")
        .doesNotContain(worker);

    HttpResponse<String> confirmed =
        as(employer)
            .postJson("api/people/" + worker + "/erasure", "{\"reason\":\"Asked in writing\"}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
    JsonObject request = Http.json(confirmed).asJsonObject();
    String location = confirmed.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/api/erasures/" + request.getString("id"));
    assertThat(request.getString("status")).isEqualTo("CONFIRMED");
    assertThat(request.getString("person")).isEqualTo(worker);
    assertThat(as(employer).postJson("api/people/" + worker + "/erasure", "{}").statusCode())
        .as("one waiting request at a time")
        .isEqualTo(409);
    assertThat(steward.getJson("api/erasures?status=NOPE").statusCode()).isEqualTo(400);
    assertThat(Http.json(as(employer).getJson("api/erasures")).asJsonArray()).hasSize(1);

    HttpResponse<String> erased =
        steward.postJson("api/erasures/" + request.getString("id") + "/erase", "{}");
    assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
    JsonObject done = Http.json(erased).asJsonObject();
    assertThat(done.getString("status")).isEqualTo("ERASED");
    assertThat(done.getString("person")).startsWith("erased-");
    assertThat(done.isNull("reason")).isTrue();
    assertThat(done.getInt("erasedRows")).isPositive();
    assertThat(
            steward
                .postJson("api/erasures/" + request.getString("id") + "/erase", "{}")
                .statusCode())
        .isEqualTo(409);

    assertThat(Http.json(steward.getJson("api/audit?actor=" + worker)).asJsonArray())
        .as("the audit log names them no more")
        .isEmpty();
    assertThat(
            Http.json(steward.getJson("api/audit?action=PERSON_ERASED&limit=1000"))
                .asJsonArray()
                .toString())
        .contains("person:" + done.getString("person"))
        .doesNotContain(worker);
    assertThat(asWorker.getJson("api/me").statusCode()).as("the password").isEqualTo(401);
    assertThat(new Http(base).bearer(secret).getJson("api/me").statusCode())
        .as("the token")
        .isEqualTo(401);
    assertThat(as(employer).getJson("api/people/" + worker).statusCode()).isEqualTo(404);
    assertThat(as(supervisor).getJson("api/cpd-entries/" + id).statusCode()).isEqualTo(404);
    assertThat(as(supervisor).getJson("api/me/verification-queue").body()).doesNotContain(id);
  }

  @Test
  void onlyTheStewardErasesAndOnlyTheEmployerConfirms() {
    assertThat(
            new Http(base)
                .as("steward")
                .postJson("api/people/" + worker + "/erasure", "{}")
                .statusCode())
        .isEqualTo(403);
    assertThat(as(supervisor).postJson("api/people/" + worker + "/erasure", "{}").statusCode())
        .isEqualTo(404);
    HttpResponse<String> confirmed =
        as(employer).postJson("api/people/" + worker + "/erasure", "{}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
    String id = Http.json(confirmed).asJsonObject().getString("id");
    HttpResponse<String> refused = as(employer).postJson("api/erasures/" + id + "/erase", "{}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(asWorker.getJson("api/me").statusCode()).as("still there").isEqualTo(200);
    HttpResponse<String> withdrawn =
        as(employer).postJson("api/erasures/" + id + "/withdraw", "{}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertThat(Http.json(withdrawn).asJsonObject().getString("status")).isEqualTo("WITHDRAWN");
    assertThat(
            new Http(base)
                .as("steward")
                .postJson("api/erasures/" + id + "/erase", "{}")
                .statusCode())
        .isEqualTo(409);
    assertThat(asWorker.getJson("api/me").statusCode()).isEqualTo(200);
  }
}
