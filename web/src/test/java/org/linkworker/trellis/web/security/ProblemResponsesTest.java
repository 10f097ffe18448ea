package org.linkworker.trellis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

  @Test
  void theUnauthorizedProblemHasTheShapeOfEveryOtherProblem() throws Exception {
    FakeHttp.Response response = new FakeHttp.Response();

    ProblemResponses.unauthorized(response.proxy());

    JsonObject body = Json.createReader(new StringReader(response.body.toString())).readObject();
    assertThat(body.getInt("status")).isEqualTo(401);
    assertThat(body.getString("title")).isEqualTo("Unauthorized");
    assertThat(body.getString("detail")).contains("HTTP Basic").contains("Bearer");
    assertThat(body.getJsonArray("errors")).isEmpty();
    assertThat(response.headers.get("WWW-Authenticate")).isEqualTo(ProblemResponses.CHALLENGE);
  }

  @Test
  void theCrossSiteProblemIsA403() throws Exception {
    FakeHttp.Response response = new FakeHttp.Response();

    ProblemResponses.crossSite(response.proxy());

    assertThat(response.status).isEqualTo(403);
    assertThat(response.body.toString()).contains("\"title\":\"Forbidden\"");
  }
}
