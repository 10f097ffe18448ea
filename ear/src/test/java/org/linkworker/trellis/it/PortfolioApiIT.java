package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * The portfolio over HTTP as API.md names it: a worker's entry from draft to verified, the
 * transitions that are refused (409), bad input (400 naming each field, nothing written), a stale
 * save from a second tab (409, nothing lost), the supervisor's queue and both sides' notifications,
 * and a supervisor who is also a link worker, who cannot verify their own entries.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioApiIT {

  private static final String PASSWORD = "portfolio-api-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String run;
  private String worker;
  private String supervisor;
  private Http asWorker;
  private Http asSupervisor;
  private Http asEmployer;

  @BeforeEach
  void team() {
    run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Portfolio " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    String organisation = Http.json(org).asJsonObject().getString("id");
    String employer = person(steward, organisation, "pe" + run, "[\"EMPLOYER\"]", null, null);
    asEmployer = new Http(base).as(employer, PASSWORD);
    supervisor =
        person(
            steward, organisation, "ps" + run, "[\"SUPERVISOR\",\"LINK_WORKER\"]", "SENIOR", null);
    asSupervisor = new Http(base).as(supervisor, PASSWORD);
    worker =
        person(steward, organisation, "pw" + run, "[\"LINK_WORKER\"]", "LINK_WORKER", supervisor);
    asWorker = new Http(base).as(worker, PASSWORD);
  }

  private String person(
      Http steward,
      String organisation,
      String username,
      String roles,
      String stage,
      String supervisedBy) {
    String body =
        "{\"username\":\"%s\",\"displayName\":\"Person %s\",\"password\":\"%s\",\"roles\":%s%s%s}"
            .formatted(
                username,
                username,
                PASSWORD,
                roles,
                stage == null ? "" : ",\"stage\":\"" + stage + "\"",
                supervisedBy == null ? "" : ",\"supervisor\":\"" + supervisedBy + "\"");
    HttpResponse<String> response =
        steward.postJson("api/organisations/" + organisation + "/people", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return username;
  }

  private String entries(String username) {
    return "api/people/" + username + "/cpd-entries";
  }

  private static JsonObject body(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Http.json(response).asJsonObject();
  }

  private static final String FULL =
      """
      {"date": "%s", "title": "Benefits advice workshop", "type": "PEER_LEARNING", "hours": 2.5,
       "participatory": true, "course": null, "standard": "CP.5",
       "reflection": {"what": "We met the welfare rights team.",
         "learned": "Which benefits need a professional referral.",
         "change": "I check entitlement at first meetings."},
       "claims": [{"competency": "CC.6", "level": 2}, {"competency": "PC.1", "level": 1}]}
      """;

  @Test
  void anEntryGoesFromDraftToVerifiedAndEachSideIsNotified() {
    HttpResponse<String> created =
        asWorker.postJson(entries(worker), FULL.formatted(LocalDate.now().minusDays(3)));
    JsonObject draft = body(created, 201);
    String id = draft.getString("id");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/cpd-entries/" + id));
    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getJsonNumber("hours").doubleValue()).isEqualTo(2.5);
    assertThat(draft.getJsonArray("claims").toString())
        .isEqualTo("[{\"competency\":\"CC.6\",\"level\":2},{\"competency\":\"PC.1\",\"level\":1}]");

    long before = unread(asSupervisor);
    assertThat(
            body(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200)
                .getString("status"))
        .isEqualTo("SUBMITTED");
    assertThat(unread(asSupervisor)).isEqualTo(before + 1);
    assertThat(asSupervisor.getJson("api/me/verification-queue").body()).contains(id);
    assertThat(asSupervisor.getJson("api/me/notifications?unread=true").body())
        .contains(id)
        .contains("ENTRY_SUBMITTED");

    JsonObject verified =
        body(
            asSupervisor.postJson(
                "api/cpd-entries/" + id + "/verify", "{\"note\":\"Well evidenced\"}"),
            200);
    assertThat(verified.getString("status")).isEqualTo("VERIFIED");
    assertThat(verified.getString("decidedBy")).isEqualTo(supervisor);
    assertThat(asSupervisor.getJson("api/me/verification-queue").body()).doesNotContain(id);
    HttpResponse<String> toWorker = asWorker.getJson("api/me/notifications?unread=true");
    assertThat(toWorker.body()).contains("ENTRY_VERIFIED").contains(id);
    assertThat(toWorker.headers().firstValue("X-Unread-Count")).hasValue("1");
    String notification = Http.json(toWorker).asJsonArray().getJsonObject(0).getString("id");
    assertThat(
            body(asWorker.postJson("api/me/notifications/" + notification + "/read", "{}"), 200)
                .getBoolean("read"))
        .isTrue();
    assertThat(unread(asWorker)).isZero();
  }

  private static long unread(Http http) {
    HttpResponse<String> response = http.getJson("api/me/notifications?limit=1");
    assertThat(response.statusCode()).isEqualTo(200);
    return Long.parseLong(response.headers().firstValue("X-Unread-Count").orElseThrow());
  }

  @Test
  void refusedTransitionsAreConflictsThatSayWhatTheEntryIs() {
    String id =
        body(
                asWorker.postJson(entries(worker), "{\"title\":\"Reading\",\"type\":\"READING\"}"),
                201)
            .getString("id");
    HttpResponse<String> early = asSupervisor.postJson("api/cpd-entries/" + id + "/verify", "{}");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(early.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Http.json(early).asJsonObject().getString("detail")).contains("DRAFT");

    body(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200);
    assertThat(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}").statusCode())
        .isEqualTo(409);
    HttpResponse<String> noReason =
        asSupervisor.postJson("api/cpd-entries/" + id + "/return", "{\"reason\":\" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"");

    JsonObject returned =
        body(
            asSupervisor.postJson(
                "api/cpd-entries/" + id + "/return", "{\"reason\":\"Add what you learned\"}"),
            200);
    assertThat(returned.getString("status")).isEqualTo("RETURNED");
    assertThat(returned.getString("note")).isEqualTo("Add what you learned");
    assertThat(asWorker.getJson("api/me/notifications").body()).contains("ENTRY_RETURNED");

    String change =
        "{\"title\":\"Reading, reflected\",\"type\":\"READING\",\"version\":%d}"
            .formatted(returned.getJsonNumber("version").longValue());
    body(asWorker.putJson("api/cpd-entries/" + id, change), 200);
    body(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200);
    JsonObject verified =
        body(asSupervisor.postJson("api/cpd-entries/" + id + "/verify", "{}"), 200);

    String late =
        "{\"title\":\"Changed after\",\"type\":\"READING\",\"version\":%d}"
            .formatted(verified.getJsonNumber("version").longValue());
    assertThat(asWorker.putJson("api/cpd-entries/" + id, late).statusCode()).isEqualTo(409);
    assertThat(
            asSupervisor
                .postJson("api/cpd-entries/" + id + "/return", "{\"reason\":\"x\"}")
                .statusCode())
        .isEqualTo(409);
    assertThat(body(asWorker.getJson("api/cpd-entries/" + id), 200).getString("title"))
        .isEqualTo("Reading, reflected");
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndWritesNothing() {
    String path = entries(worker);
    String future = LocalDate.now().plusDays(2).toString();
    HttpResponse<String> response =
        asWorker.postJson(
            path,
            """
            {"date": "%s", "title": "", "type": "READING", "hours": 0,
             "claims": [{"competency": "ZZ.9", "level": 1}, {"competency": "PC.1", "level": 9}]}
            """
                .formatted(future));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"field\":\"title\"").contains("\"field\":\"hours\"");

    HttpResponse<String> framework =
        asWorker.postJson(
            path,
            """
            {"date": "%s", "title": "Later", "type": "READING", "hours": 1,
             "claims": [{"competency": "ZZ.9", "level": 1}, {"competency": "PC.1", "level": 9}]}
            """
                .formatted(future));
    assertThat(framework.statusCode()).isEqualTo(400);
    assertThat(framework.body())
        .contains("\"field\":\"date\"")
        .contains("\"field\":\"claims[0].competency\"")
        .contains("\"field\":\"claims[1].level\"");

    for (String bad :
        new String[] {
          "{\"title\":\"x\",\"type\":\"NAP\"}",
          "{\"title\":\"x\",\"type\":\"READING\",\"hours\":\"many\"}",
          "{\"title\":\"x\",\"type\":\"READING\",\"date\":\"2026-02-30\"}",
          "{\"title\":\"x\",\"type\":\"READING\",\"hours\":1000}",
          "{\"title\":\"x\",\"type\":\"READING\",\"course\":\"" + UUID.randomUUID() + "\"}",
          "{\"title\":\"x\",\"type\":\"READING\",\"standard\":\"CP.99\"}",
          "{\"title\":\"x\",\"type\":\"READING\",\"claims\":[{\"competency\":\"PC.1\",\"level\":1},"
              + "{\"competency\":\"PC.1\",\"level\":2}]}",
          "{\"title\":\"" + "t".repeat(201) + "\",\"type\":\"READING\"}",
          "{\"title\":\"x\",",
          "[]"
        }) {
      HttpResponse<String> refused = asWorker.postJson(path, bad);
      assertThat(refused.statusCode()).as(bad + " -> " + refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(asWorker.getJson(path).headers().firstValue("X-Total-Count")).hasValue("0");
  }

  @Test
  void aSecondTabsStaleSaveIsAConflictAndTheFirstSaveIsKept() {
    JsonObject draft =
        body(
            asWorker.postJson(entries(worker), "{\"title\":\"Shadowing\",\"type\":\"SHADOWING\"}"),
            201);
    String id = draft.getString("id");
    long version = draft.getJsonNumber("version").longValue();
    String first =
        "{\"title\":\"Shadowing, first tab\",\"type\":\"SHADOWING\",\"version\":" + version + "}";
    String second =
        "{\"title\":\"Shadowing, second tab\",\"type\":\"SHADOWING\",\"version\":" + version + "}";
    body(asWorker.putJson("api/cpd-entries/" + id, first), 200);
    HttpResponse<String> stale = asWorker.putJson("api/cpd-entries/" + id, second);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(Http.json(stale).asJsonObject().getString("detail")).contains("changed");
    assertThat(body(asWorker.getJson("api/cpd-entries/" + id), 200).getString("title"))
        .isEqualTo("Shadowing, first tab");
    HttpResponse<String> noVersion =
        asWorker.putJson("api/cpd-entries/" + id, "{\"title\":\"x\",\"type\":\"SHADOWING\"}");
    assertThat(noVersion.statusCode()).isEqualTo(400);
  }

  @Test
  void aSupervisorWhoIsAlsoALinkWorkerCannotVerifyTheirOwnEntries() {
    String id =
        body(
                asSupervisor.postJson(
                    entries(supervisor), "{\"title\":\"My own learning\",\"type\":\"READING\"}"),
                201)
            .getString("id");
    body(asSupervisor.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200);
    assertThat(asSupervisor.getJson("api/me/verification-queue").body()).doesNotContain(id);
    HttpResponse<String> own = asSupervisor.postJson("api/cpd-entries/" + id + "/verify", "{}");
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(body(asSupervisor.getJson("api/cpd-entries/" + id), 200).getString("status"))
        .isEqualTo("SUBMITTED");
  }

  @Test
  void theListFiltersAndTotalsHoursAndTheEmployerSeesNoReflection() {
    String path = entries(worker);
    String today = LocalDate.now().toString();
    body(asWorker.postJson(path, FULL.formatted(today)), 201);
    body(
        asWorker.postJson(path, "{\"title\":\"Reading\",\"type\":\"READING\",\"hours\":0.75}"),
        201);

    HttpResponse<String> all = asWorker.getJson(path);
    assertThat(all.headers().firstValue("X-Total-Count")).hasValue("2");
    assertThat(all.headers().firstValue("X-Total-Hours")).hasValue("3.25");
    HttpResponse<String> peer = asWorker.getJson(path + "?type=PEER_LEARNING&competency=CC.6");
    assertThat(peer.headers().firstValue("X-Total-Count")).hasValue("1");
    assertThat(peer.headers().firstValue("X-Total-Hours")).hasValue("2.5");
    HttpResponse<String> paged = asWorker.getJson(path + "?limit=1&offset=1");
    assertThat(Http.json(paged).asJsonArray()).hasSize(1);
    assertThat(paged.headers().firstValue("X-Total-Count")).hasValue("2");
    assertThat(asWorker.getJson(path + "?status=SLEEPING").statusCode()).isEqualTo(400);
    assertThat(asWorker.getJson(path + "?from=2026-13-01").statusCode()).isEqualTo(400);

    String employers = asEmployer.getJson(path).body();
    assertThat(employers).contains("Benefits advice workshop").doesNotContain("welfare rights");
    assertThat(asSupervisor.getJson(path).body()).contains("welfare rights");
  }

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  @Test
  void evidenceIsTypedByItsContentStoredUnderAPlainNameAndServedAsAnAttachment() {
    String id =
        body(asWorker.postJson(entries(worker), "{\"title\":\"Course\",\"type\":\"COURSE\"}"), 201)
            .getString("id");
    String upload = "api/cpd-entries/" + id + "/evidence";

    HttpResponse<String> kept = asWorker.postFile(upload, "../../etc/passwd/certificate.pdf", PDF);
    JsonObject file = body(kept, 201);
    assertThat(file.getString("name")).isEqualTo("certificate.pdf");
    assertThat(file.getString("mediaType")).isEqualTo("application/pdf");
    assertThat(kept.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/evidence/" + file.getString("id")));

    HttpResponse<String> download = asSupervisor.get("api/evidence/" + file.getString("id"), "*/*");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).startsWith("attachment").contains("certificate.pdf"));
    assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(download.body()).startsWith("%PDF-1.4");
    assertThat(asEmployer.get("api/evidence/" + file.getString("id"), "*/*").statusCode())
        .isEqualTo(404);

    byte[] script = "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] shell = "#!/bin/sh\nrm -rf /\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    for (Object[] bad :
        new Object[][] {
          {"script.pdf", script},
          {"run.pdf", shell},
          {"empty.pdf", new byte[0]},
          {"picture.pdf", png}
        }) {
      HttpResponse<String> refused = asWorker.postFile(upload, (String) bad[0], (byte[]) bad[1]);
      assertThat(refused.statusCode()).as(bad[0] + " -> " + refused.body()).isIn(400, 413);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    // Over the limit the server may answer before it has read the body and close the connection;
    // either way nothing is stored.
    try {
      HttpResponse<String> big = asWorker.postFile(upload, "big.pdf", new byte[11 * 1024 * 1024]);
      assertThat(big.statusCode()).as(big.body()).isIn(400, 413);
    } catch (java.io.UncheckedIOException closedEarly) {
      assertThat(closedEarly).hasMessageContaining("EOF");
    }
    assertThat(Http.json(asWorker.getJson(upload)).asJsonArray()).hasSize(1);
    assertThat(asWorker.postJson(upload, "{}").statusCode()).isEqualTo(415);

    body(asWorker.postJson("api/cpd-entries/" + id + "/submit", "{}"), 200);
    assertThat(asWorker.postFile(upload, "late.pdf", PDF).statusCode()).isEqualTo(409);
    assertThat(asWorker.delete("api/evidence/" + file.getString("id")).statusCode()).isEqualTo(409);
  }
}
