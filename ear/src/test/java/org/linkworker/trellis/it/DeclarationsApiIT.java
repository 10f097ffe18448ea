package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * Declarations against the code of practice and the whole-portfolio export over HTTP, as API.md
 * fixes them: a declaration made once for the current membership year (201 with Location, then
 * 409), other years and bad bodies refused with problem+json and nothing written, who reads them,
 * and the export's ZIP with its document and files.
 */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclarationsApiIT {

  private static final String PASSWORD = "declarations-api-2026";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private String worker;
  private String supervisor;
  private String employer;
  private String colleague;
  private Http asWorker;

  @BeforeEach
  void people() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Http steward = new Http(base).as("steward");
    HttpResponse<String> org =
        steward.postJson(
            "api/organisations", "{\"name\":\"Declarations " + run + "\",\"kind\":\"EMPLOYER\"}");
    assertThat(org.statusCode()).as(org.body()).isEqualTo(201);
    String organisation = Http.json(org).asJsonObject().getString("id");
    supervisor = "ds" + run;
    worker = "dw" + run;
    employer = "de" + run;
    colleague = "dc" + run;
    add(steward, organisation, supervisor, "[\"SUPERVISOR\"]", "");
    add(steward, organisation, employer, "[\"EMPLOYER\"]", "");
    add(
        steward,
        organisation,
        worker,
        "[\"LINK_WORKER\"]",
        ",\"stage\":\"LINK_WORKER\",\"supervisor\":\"" + supervisor + "\"");
    add(steward, organisation, colleague, "[\"LINK_WORKER\"]", ",\"stage\":\"TRAINEE\"");
    asWorker = new Http(base).as(worker, PASSWORD);
  }

  private static void add(
      Http steward, String organisation, String username, String roles, String more) {
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

  /** The membership year (1 April to 31 March) that contains today, by its first year. */
  private static int currentYear() {
    LocalDate today = LocalDate.now();
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }

  private String declarations() {
    return "api/people/" + worker + "/declarations";
  }

  private long declared() {
    return Long.parseLong(
        asWorker.getJson(declarations()).headers().firstValue("X-Total-Count").orElseThrow());
  }

  @Test
  void theWorkerDeclaresOnceForTheCurrentYearAndTheirReadersAndTheStewardSeeIt() {
    HttpResponse<String> made =
        asWorker.postJson(declarations(), "{\"statement\":\"Read it with my supervisor.\"}");

    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonObject view = Http.json(made).asJsonObject();
    int year = currentYear();
    assertThat(view.keySet())
        .containsExactly(
            "id",
            "owner",
            "membershipYear",
            "from",
            "to",
            "declaredOn",
            "framework",
            "version",
            "statement");
    assertThat(view.getString("owner")).isEqualTo(worker);
    assertThat(view.getInt("membershipYear")).isEqualTo(year);
    assertThat(view.getString("from")).isEqualTo(year + "-04-01");
    assertThat(view.getString("to")).isEqualTo((year + 1) + "-03-31");
    assertThat(view.getString("declaredOn")).isEqualTo(LocalDate.now().toString());
    assertThat(view.getString("framework")).isEqualTo("LWCF");
    assertThat(view.getString("statement")).isEqualTo("Read it with my supervisor.");
    String location = made.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/api/declarations/" + view.getString("id"));
    assertThat(Http.json(asWorker.getJson(location)).asJsonObject()).isEqualTo(view);

    HttpResponse<String> again = asWorker.postJson(declarations(), "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(Http.json(again).asJsonObject().getString("detail"))
        .contains(LocalDate.now().toString());
    assertThat(declared()).isEqualTo(1);

    for (Http reader : List.of(as(supervisor), as(employer), new Http(base).as("steward"))) {
      HttpResponse<String> list = reader.getJson(declarations());
      assertThat(list.statusCode()).isEqualTo(200);
      assertThat(list.headers().firstValue("X-Total-Count")).contains("1");
      assertThat(Http.json(list).asJsonArray()).containsExactly(view);
    }
    assertThat(as(colleague).getJson(declarations()).statusCode()).isEqualTo(404);
    assertThat(as(colleague).getJson(location).statusCode()).isEqualTo(404);
  }

  @Test
  void aBodyLeftOutDeclaresForTheCurrentYear() {
    HttpResponse<String> made =
        asWorker.send(
            asWorker
                .request(declarations())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(Http.json(made).asJsonObject().getInt("membershipYear")).isEqualTo(currentYear());
  }

  @Test
  void anotherYearATooLongStatementOrAValueOfTheWrongTypeIsA400ThatWritesNothing() {
    int year = currentYear();
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("{\"membershipYear\":" + (year + 1) + "}", "membershipYear");
    bodies.put("{\"membershipYear\":" + (year - 1) + "}", "membershipYear");
    bodies.put("{\"membershipYear\":\"" + year + "\"}", "membershipYear");
    bodies.put("{\"statement\":\"" + "x".repeat(2001) + "\"}", "statement");
    bodies.put("{\"statement\":42}", "statement");

    for (Map.Entry<String, String> body : bodies.entrySet()) {
      HttpResponse<String> refused = asWorker.postJson(declarations(), body.getKey());
      assertThat(refused.statusCode()).as(body.getKey()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
      JsonArray errors = Http.json(refused).asJsonObject().getJsonArray("errors");
      assertThat(errors.getValuesAs(JsonObject.class))
          .as(body.getKey())
          .anySatisfy(
              e -> {
                assertThat(e.getString("field")).isEqualTo(body.getValue());
                assertThat(e.getString("message")).isNotBlank();
              });
    }
    String future =
        Http.json(asWorker.postJson(declarations(), "{\"membershipYear\":" + (year + 1) + "}"))
            .asJsonObject()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("message");
    assertThat(future).contains((year + 1) + " has not started");
    assertThat(declared()).isZero();
  }

  @Test
  void onlyTheWorkerDeclaresForThemself() {
    assertThat(as(supervisor).postJson(declarations(), "{}").statusCode()).isEqualTo(403);
    assertThat(as(employer).postJson(declarations(), "{}").statusCode()).isEqualTo(403);
    assertThat(new Http(base).as("steward").postJson(declarations(), "{}").statusCode())
        .isEqualTo(403);
    assertThat(as(colleague).postJson(declarations(), "{}").statusCode()).isEqualTo(404);
    assertThat(declared()).isZero();
  }

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void theWholePortfolioDownloadsAsAZipOfItsDocumentAndFilesForTheWorkerAlone() throws Exception {
    HttpResponse<String> entry =
        asWorker.postJson(
            "api/people/" + worker + "/cpd-entries",
            "{\"title\":\"Boundaries workshop\",\"type\":\"COURSE\",\"hours\":3,\"standard\":\"CP.3\","
                + "\"reflection\":{\"learned\":\"Where my role ends\"},"
                + "\"claims\":[{\"competency\":\"SE.2\",\"level\":2}]}");
    assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
    String entryId = Http.json(entry).asJsonObject().getString("id");
    HttpResponse<String> file =
        asWorker.postFile("api/cpd-entries/" + entryId + "/evidence", "certificate.pdf", PDF);
    assertThat(file.statusCode()).as(file.body()).isEqualTo(201);
    String fileId = Http.json(file).asJsonObject().getString("id");
    assertThat(asWorker.postJson(declarations(), "{}").statusCode()).isEqualTo(201);

    HttpResponse<byte[]> zip =
        HttpClient.newHttpClient()
            .send(
                asWorker.request("api/people/" + worker + "/portfolio-export").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
    assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment; filename=\"portfolio-" + worker + "-")
        .contains(".zip\"");
    Map<String, byte[]> contents = unzip(zip.body());
    JsonObject document;
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(contents.get("portfolio.json")))) {
      document = reader.readObject();
    }
    assertThat(document.getString("format")).isEqualTo("trellis-portfolio-export/1");
    assertThat(document.getJsonObject("person").getString("username")).isEqualTo(worker);
    assertThat(document.getJsonObject("person").getString("supervisor")).isEqualTo(supervisor);
    JsonObject exported = document.getJsonArray("entries").getJsonObject(0);
    assertThat(exported.getString("id")).isEqualTo(entryId);
    assertThat(exported.getString("standard")).isEqualTo("CP.3");
    assertThat(exported.getJsonObject("reflection").getString("learned"))
        .isEqualTo("Where my role ends");
    JsonObject evidence = document.getJsonArray("evidence").getJsonObject(0);
    assertThat(evidence.getString("path")).isEqualTo("evidence/" + fileId + "-certificate.pdf");
    assertThat(contents.get(evidence.getString("path"))).isEqualTo(PDF);
    assertThat(document.getJsonArray("declarations")).hasSize(1);

    assertThat(as(supervisor).get("api/people/" + worker + "/portfolio-export", "*/*").statusCode())
        .isEqualTo(403);
    assertThat(as(employer).get("api/people/" + worker + "/portfolio-export", "*/*").statusCode())
        .isEqualTo(403);
    assertThat(as(colleague).get("api/people/" + worker + "/portfolio-export", "*/*").statusCode())
        .isEqualTo(404);
    assertThat(
            new Http(base)
                .as("steward")
                .get("api/people/" + worker + "/portfolio-export", "*/*")
                .statusCode())
        .isEqualTo(404);
  }

  private static Map<String, byte[]> unzip(byte[] zip) {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        contents.put(entry.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return contents;
  }
}
