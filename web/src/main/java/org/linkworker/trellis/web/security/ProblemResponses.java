package org.linkworker.trellis.web.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.linkworker.trellis.web.i18n.Texts;

/**
 * The API's refusals that happen before a request reaches the REST layer (no or wrong credentials,
 * a cross-site request), written as the same {@code application/problem+json} document the REST
 * layer's exception mappers write: {@code {status, title, detail, errors}}.
 */
final class ProblemResponses {

  static final String MEDIA_TYPE = "application/problem+json";

  /** The challenge API clients are answered with when they must authenticate. */
  static final String CHALLENGE = "Basic realm=\"Trellis\", charset=\"UTF-8\"";

  private ProblemResponses() {}

  /** 401: no credentials, or credentials that were refused (which of the two is not said). */
  static void unauthorized(HttpServletResponse response) throws IOException {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    send(
        response,
        body(
            HttpServletResponse.SC_UNAUTHORIZED,
            Texts.text("api.problem.unauthorized.title"),
            Texts.text("api.problem.unauthorized.detail")));
  }

  /** 403: a browser sent a request that changes something from another site. */
  static void crossSite(HttpServletResponse response) throws IOException {
    send(
        response,
        body(
            HttpServletResponse.SC_FORBIDDEN,
            Texts.text("api.problem.crossSite.title"),
            Texts.text("api.problem.crossSite.detail")));
  }

  static JsonObject body(int status, String title, String detail) {
    return Json.createObjectBuilder()
        .add("status", status)
        .add("title", title)
        .add("detail", detail)
        .add("errors", Json.createArrayBuilder())
        .build();
  }

  private static void send(HttpServletResponse response, JsonObject body) throws IOException {
    response.setStatus(body.getInt("status"));
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body.toString());
    response.flushBuffer();
  }
}
