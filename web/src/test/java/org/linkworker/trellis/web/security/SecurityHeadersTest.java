package org.linkworker.trellis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void everyResponseGetsTheHeadersOnce() {
    FakeHttp.Request request = new FakeHttp.Request().path("/index.xhtml", null);
    FakeHttp.Response response = new FakeHttp.Response();

    SecurityHeaders.addTo(request.proxy(), response.proxy());
    SecurityHeaders.addTo(request.proxy(), response.proxy());

    assertThat(response.headers)
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("X-Frame-Options", "DENY")
        .containsEntry("Referrer-Policy", "same-origin")
        .containsEntry("Cache-Control", "no-store")
        .containsEntry(
            "Content-Security-Policy",
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
  }

  @Test
  void theSecondPolicyNeverRestrictsScriptsWhichWouldBreakPrimeFacesNonces() {
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .doesNotContain("default-src")
        .doesNotContain("script-src");
  }

  @Test
  void resourcesKeepTheirCaching() {
    FakeHttp.Request request =
        new FakeHttp.Request().path("/jakarta.faces.resource/css/trellis.css.xhtml", null);
    FakeHttp.Response response = new FakeHttp.Response();

    SecurityHeaders.addTo(request.proxy(), response.proxy());

    assertThat(response.headers).doesNotContainKey("Cache-Control");
    assertThat(response.headers).containsKey("X-Content-Type-Options");
  }
}
