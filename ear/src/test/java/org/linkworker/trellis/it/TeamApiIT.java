package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
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
 * The team's compliance and supervision through the API on the real server (issue 11): the shapes
 * API clients rely on, paging with X-Total-Count, CSV by Accept, the supervision target and its
 * validation, and that no private supervision note leaves the worker's portfolio.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamApiIT {

  private static final String PASSWORD = "team-api-2026-pass";
  private static final String NOTE = "Private note about a hard week";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String organisation;
  private String employer;
  private String supervisor;
  private String worker;
  private String trainee;

  @BeforeEach
  void team() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Team API " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    organisation = Http.json(org).asJsonObject().getString("id");
    employer = "te" + run;
    supervisor = "ts" + run;
    worker = "tw" + run;
    trainee = "tt" + run;
    add(steward, employer, "Erin Employer", "[\"EMPLOYER\"]", "");
    add(steward, supervisor, "Sid Supervisor", "[\"SUPERVISOR\"]", "");
    add(
        steward,
        worker,
        "Ada Worker",
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    add(steward, trainee, "Bea Trainee", "[\"LINK_WORKER\"]", ",\"stage\":\"TRAINEE\"");
    HttpResponse<String> session =
        new Http(base)
            .as(worker, PASSWORD)
            .postJson(
                "api/people/" + worker + "/supervision",
                "{\"date\":\"%s\",\"minutes\":60,\"kind\":\"CLINICAL\",\"supervisor\":\"%s\",\"notes\":\"%s\"}"
                    .formatted(LocalDate.now().minusDays(10), supervisor, NOTE));
    assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
  }

  private void add(Http steward, String username, String name, String roles, String more) {
    HttpResponse<String> person =
        steward.postJson(
            "api/organisations/" + organisation + "/people",
            "{\"username\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\",\"roles\":%s%s}"
                .formatted(username, name, PASSWORD, roles, more));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
  }

  private Http employer() {
    return new Http(base).as(employer, PASSWORD);
  }

  @Test
  void theTeamsComplianceHasEveryWorkerWithTheirSchemesStatusesAndParts() {
    HttpResponse<String> response =
        employer().getJson("api/organisations/" + organisation + "/compliance");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Total-Count")).contains("2");
    JsonArray team = Http.json(response).asJsonArray();
    assertThat(team).hasSize(2);
    JsonObject ada = team.getJsonObject(0);
    assertThat(ada.getString("username")).isEqualTo(worker);
    assertThat(ada.getString("displayName")).isEqualTo("Ada Worker");
    assertThat(ada.getString("stage")).isEqualTo("LINK_WORKER");
    assertThat(ada.getString("supervisor")).isEqualTo(supervisor);
    JsonObject scheme = ada.getJsonArray("schemes").getJsonObject(0);
    assertThat(scheme.getString("scheme")).isEqualTo("ASSOCIATION");
    assertThat(scheme.getJsonObject("window").keySet()).contains("from", "to");
    assertThat(scheme.getString("status")).isIn("NOT_MET", "AT_RISK");
    assertThat(scheme.getBoolean("met")).isFalse();
    assertThat(scheme.getJsonArray("parts").getJsonObject(0).keySet())
        .contains("part", "required", "achieved", "missing", "met");

    HttpResponse<String> second =
        employer()
            .getJson(
                "api/organisations/"
                    + organisation
                    + "/compliance?offset=1&limit=1&scheme=ASSOCIATION");
    assertThat(second.headers().firstValue("X-Total-Count")).contains("2");
    assertThat(Http.json(second).asJsonArray().getJsonObject(0).getString("username"))
        .isEqualTo(trainee);
    HttpResponse<String> trainees =
        employer().getJson("api/organisations/" + organisation + "/compliance?stage=TRAINEE");
    assertThat(Http.json(trainees).asJsonArray()).hasSize(1);

    HttpResponse<String> unknownScheme =
        employer().getJson("api/organisations/" + organisation + "/compliance?scheme=NOPE");
    assertThat(unknownScheme.statusCode()).isEqualTo(400);
    assertThat(unknownScheme.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(unknownScheme.body()).contains("\"field\":\"scheme\"");

    HttpResponse<String> csv =
        employer().get("api/organisations/" + organisation + "/compliance", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("team-compliance-");
    assertThat(csv.body()).startsWith("username,name,stage,supervisor,scheme,").contains(worker);
  }

  @Test
  void theTeamsSupervisionCountsSessionsFlagsOverdueAndHidesPrivateNotes() {
    HttpResponse<String> response =
        employer().getJson("api/organisations/" + organisation + "/supervision");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).doesNotContain(NOTE);
    JsonArray team = Http.json(response).asJsonArray();
    JsonObject ada = team.getJsonObject(0);
    assertThat(ada.getString("username")).isEqualTo(worker);
    assertThat(ada.getString("lastSession")).isEqualTo(LocalDate.now().minusDays(10).toString());
    assertThat(ada.getJsonNumber("daysSinceLast").longValue()).isEqualTo(10);
    assertThat(ada.getJsonNumber("sessions").longValue()).isEqualTo(1);
    assertThat(ada.getJsonNumber("minutes").longValue()).isEqualTo(60);
    assertThat(ada.getInt("targetWeeks")).isEqualTo(6);
    assertThat(ada.getString("nextDue"))
        .isEqualTo(LocalDate.now().minusDays(10).plusWeeks(6).toString());
    assertThat(ada.getBoolean("overdue")).isFalse();
    JsonObject bea = team.getJsonObject(1);
    assertThat(bea.containsKey("lastSession") && !bea.isNull("lastSession")).isFalse();
    assertThat(bea.getBoolean("overdue")).isTrue();

    HttpResponse<String> csv =
        employer().get("api/organisations/" + organisation + "/supervision", "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("username,name,").doesNotContain(NOTE);
  }

  @Test
  void theEmployerSetsTheSupervisionTargetWithinItsRange() {
    String path = "api/organisations/" + organisation + "/supervision-target";
    assertThat(Http.json(employer().getJson(path)).asJsonObject().getInt("weeks")).isEqualTo(6);
    HttpResponse<String> set = employer().putJson(path, "{\"weeks\":1}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(Http.json(set).asJsonObject().getInt("weeks")).isEqualTo(1);
    JsonObject ada =
        Http.json(employer().getJson("api/organisations/" + organisation + "/supervision"))
            .asJsonArray()
            .getJsonObject(0);
    assertThat(ada.getBoolean("overdue")).isTrue();
    for (String wrong : new String[] {"{\"weeks\":0}", "{\"weeks\":53}", "{}"}) {
      HttpResponse<String> refused = employer().putJson(path, wrong);
      assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      assertThat(refused.body()).contains("\"field\":\"weeks\"");
    }
    HttpResponse<String> notANumber = employer().putJson(path, "{\"weeks\":\"six\"}");
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(new Http(base).as(supervisor, PASSWORD).putJson(path, "{\"weeks\":4}").statusCode())
        .isEqualTo(403);
    assertThat(Http.json(employer().getJson(path)).asJsonObject().getInt("weeks")).isEqualTo(1);
  }
}
