package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts over HTTP: sign-in, lockout, deactivation, tokens, and the hardening of the API. */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityApiIT {

  private static final String PASSWORD = "identity-api-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private Http steward() {
    return new Http(base).as("steward");
  }

  /** A fresh link worker in a fresh employer organisation, returned as their username. */
  private String newWorker() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> org =
        steward()
            .postJson(
                "api/organisations", "{\"name\":\"Identity " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    String orgId = Http.json(org).asJsonObject().getString("id");
    String username = "id" + run;
    HttpResponse<String> person =
        steward()
            .postJson(
                "api/organisations/" + orgId + "/people",
                "{\"username\":\"%s\",\"displayName\":\"Ida %s\",\"password\":\"%s\",\"roles\":[\"LINK_WORKER\"],\"stage\":\"TRAINEE\",\"supervisor\":null}"
                    .formatted(username, run, PASSWORD));
    assertThat(person.statusCode()).as(person.body()).isEqualTo(201);
    assertThat(person.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/people/" + username));
    assertThat(person.body()).doesNotContain(PASSWORD);
    return username;
  }

  @Test
  void meDescribesTheSignedInPerson() {
    HttpResponse<String> response = new Http(base).as("alex.link").getJson("api/me");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject me = Http.json(response).asJsonObject();
    assertThat(me.getString("username")).isEqualTo("alex.link");
    assertThat(me.getJsonArray("roles").toString()).contains("LINK_WORKER");
    assertThat(me.getString("stage")).isEqualTo("LINK_WORKER");
    assertThat(me.getString("organisation")).isNotBlank();
  }

  @Test
  void wrongPasswordIsRefusedWithA401ProblemThatDoesNotSayWhy() {
    HttpResponse<String> unknown =
        new Http(base).as("nobody-" + UUID.randomUUID(), "whatever-password").getJson("api/me");
    HttpResponse<String> wrong =
        new Http(base).as("alex.link", "not-the-password").getJson("api/me");

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Http.json(unknown).asJsonObject().getString("detail"))
        .isEqualTo(Http.json(wrong).asJsonObject().getString("detail"));
  }

  @Test
  void fiveFailedSignInsLockTheAccountEvenForTheRightPassword() {
    String worker = newWorker();
    assertThat(new Http(base).as(worker, PASSWORD).getJson("api/me").statusCode()).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(new Http(base).as(worker, "wrong-password-" + i).getJson("api/me").statusCode())
          .isEqualTo(401);
    }

    assertThat(new Http(base).as(worker, PASSWORD).getJson("api/me").statusCode()).isEqualTo(401);
    HttpResponse<String> audit =
        steward().getJson("api/audit?actor=" + worker + "&action=LOCKED_OUT");
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body()).contains("LOCKED_OUT");
  }

  @Test
  void aDeactivatedPersonCannotSignInAndKeepsTheirRecord() {
    String worker = newWorker();
    assertThat(new Http(base).as(worker, PASSWORD).getJson("api/me").statusCode()).isEqualTo(200);

    assertThat(steward().postJson("api/people/" + worker + "/deactivate", "{}").statusCode())
        .isEqualTo(200);

    assertThat(new Http(base).as(worker, PASSWORD).getJson("api/me").statusCode()).isEqualTo(401);
    JsonObject record = Http.json(steward().getJson("api/people/" + worker)).asJsonObject();
    assertThat(record.getBoolean("active")).isFalse();
    assertThat(record.getString("username")).isEqualTo(worker);
  }

  @Test
  void aPasswordChangeTakesEffectAtOnceForTheApi() {
    String worker = newWorker();
    Http old = new Http(base).as(worker, PASSWORD);
    assertThat(old.getJson("api/me").statusCode()).isEqualTo(200);

    HttpResponse<String> change =
        old.putJson(
            "api/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"a-brand-new-passphrase\"}"
                .formatted(PASSWORD));

    assertThat(change.statusCode()).as(change.body()).isEqualTo(204);
    assertThat(old.getJson("api/me").statusCode()).isEqualTo(401);
    assertThat(new Http(base).as(worker, "a-brand-new-passphrase").getJson("api/me").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aWeakNewPasswordIsRefusedNamingTheField() {
    String worker = newWorker();

    HttpResponse<String> response =
        new Http(base)
            .as(worker, PASSWORD)
            .putJson(
                "api/me/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"short\"}".formatted(PASSWORD));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Http.json(response).asJsonObject().getJsonArray("errors").toString())
        .contains("newPassword");
  }

  @Test
  void aPersonalAccessTokenWorksUntilRevokedAndIsShownOnlyOnce() {
    String worker = newWorker();
    Http me = new Http(base).as(worker, PASSWORD);

    HttpResponse<String> issued = me.postJson("api/me/tokens", "{\"name\":\"laptop\",\"days\":30}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonObject token = Http.json(issued).asJsonObject();
    String secret = token.getString("secret");
    assertThat(secret).hasSizeGreaterThanOrEqualTo(43);

    assertThat(new Http(base).bearer(secret).getJson("api/me").statusCode()).isEqualTo(200);
    assertThat(me.getJson("api/me/tokens").body()).contains("laptop").doesNotContain(secret);

    assertThat(me.delete("api/me/tokens/" + token.getString("id")).statusCode()).isEqualTo(204);
    assertThat(new Http(base).bearer(secret).getJson("api/me").statusCode()).isEqualTo(401);
    assertThat(new Http(base).bearer("trellis_not-a-real-token").getJson("api/me").statusCode())
        .isEqualTo(401);
  }

  @Test
  void crossSiteMutationsAreRefused() {
    Http steward = steward();
    HttpResponse<String> crossSite =
        steward.send(
            steward
                .request("api/organisations")
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Evil\",\"kind\":\"EMPLOYER\"}")));

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(steward.getJson("api/organisations").body()).doesNotContain("\"Evil\"");
  }

  @Test
  void badInputIsA400ProblemAndWritesNothing() {
    HttpResponse<String> malformed = steward().postJson("api/organisations", "{\"name\": ");
    HttpResponse<String> blank =
        steward().postJson("api/organisations", "{\"name\":\"\",\"kind\":\"EMPLOYER\"}");
    HttpResponse<String> badKind =
        steward().postJson("api/organisations", "{\"name\":\"Bad kind org\",\"kind\":\"SHOP\"}");

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(Http.json(blank).asJsonObject().getJsonArray("errors").toString()).contains("name");
    assertThat(badKind.statusCode()).isEqualTo(400);
    assertThat(Http.json(badKind).asJsonObject().getJsonArray("errors").toString())
        .contains("kind");
    assertThat(steward().getJson("api/organisations").body()).doesNotContain("Bad kind org");
  }

  /** The one error of a 400 problem, as field and message. */
  private static JsonObject onlyFieldError(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    var errors = Http.json(response).asJsonObject().getJsonArray("errors");
    assertThat(errors).as(response.body()).hasSize(1);
    return errors.getJsonObject(0);
  }

  @Test
  void aNumberOrBooleanWhereANameBelongsIsRefusedNamingTheFieldAndCreatesNothing() {
    Http steward = steward();
    int before = Http.json(steward.getJson("api/organisations")).asJsonArray().size();

    JsonObject number =
        onlyFieldError(
            steward.postJson("api/organisations", "{\"name\":123,\"kind\":\"EMPLOYER\"}"));
    JsonObject bool =
        onlyFieldError(
            steward.postJson("api/organisations", "{\"name\":true,\"kind\":\"EMPLOYER\"}"));

    assertThat(number.getString("field")).isEqualTo("name");
    assertThat(number.getString("message")).contains("text");
    assertThat(bool.getString("field")).isEqualTo("name");
    assertThat(Http.json(steward.getJson("api/organisations")).asJsonArray()).hasSize(before);
  }

  @Test
  void aUsernameThatIsANumberIsRefusedAndNoOneIsAdded() {
    Http steward = steward();
    String run = UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Strict " + run + "\",\"kind\":\"EMPLOYER\"}");
    String orgId = Http.json(org).asJsonObject().getString("id");
    String username = String.valueOf(Math.abs(run.hashCode()));

    JsonObject error =
        onlyFieldError(
            steward.postJson(
                "api/organisations/" + orgId + "/people",
                "{\"username\":%s,\"displayName\":\"Num %s\",\"password\":\"%s\",\"roles\":[\"EMPLOYER\"]}"
                    .formatted(username, run, PASSWORD)));

    assertThat(error.getString("field")).isEqualTo("username");
    assertThat(steward.getJson("api/people/" + username).statusCode()).isEqualTo(404);
    HttpResponse<String> people = steward.getJson("api/organisations/" + orgId + "/people");
    assertThat(people.headers().firstValue("X-Total-Count")).hasValue("0");
  }

  @Test
  void textWhereANumberBelongsAndAnObjectWhereAListBelongsAreRefusedNamingTheField() {
    String worker = newWorker();
    Http me = new Http(base).as(worker, PASSWORD);

    JsonObject days =
        onlyFieldError(me.postJson("api/me/tokens", "{\"name\":\"x\",\"days\":\"30\"}"));
    JsonObject roles =
        onlyFieldError(
            steward()
                .putJson(
                    "api/people/" + worker,
                    "{\"roles\":{\"role\":\"LINK_WORKER\"},\"version\":0}"));

    assertThat(days.getString("field")).isEqualTo("days");
    assertThat(roles.getString("field")).isEqualTo("roles");
    assertThat(me.getJson("api/me/tokens").body()).isEqualTo("[]");
  }

  @Test
  void aBodyThatIsNotAnObjectOrRepeatsAKeyIsA400() {
    Http steward = steward();

    HttpResponse<String> list = steward.postJson("api/organisations", "[\"Riverside\"]");
    HttpResponse<String> repeated =
        steward.postJson(
            "api/organisations",
            "{\"name\":\"Repeated key org\",\"name\":\"Other\",\"kind\":\"EMPLOYER\"}");
    HttpResponse<String> empty = steward.postJson("api/organisations", "");

    assertThat(list.statusCode()).isEqualTo(400);
    assertThat(repeated.statusCode()).isEqualTo(400);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(Http.json(empty).asJsonObject().getString("detail")).contains("no body");
    assertThat(steward.getJson("api/organisations").body())
        .doesNotContain("Repeated key org")
        .doesNotContain("\"Other\"");
  }

  @Test
  void responsesCarryTheSecurityHeaders() {
    HttpResponse<String> page = new Http(base).get("login.xhtml", "text/html");

    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
    assertThat(String.join(" ", page.headers().allValues("Content-Security-Policy")))
        .contains("frame-ancestors 'none'")
        .contains("script-src");
  }
}
