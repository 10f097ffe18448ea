package org.linkworker.trellis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossSiteCheckTest {

  private static boolean refuses(String method, String fetchSite, String origin) {
    return CrossSiteCheck.refuses(method, fetchSite, origin, "https", "trellis.example", 443);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void readingIsNeverRefused(String method) {
    assertThat(refuses(method, "cross-site", "https://evil.example")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "post"})
  void aChangeFromAnotherSiteIsRefused(String method) {
    assertThat(refuses(method, "cross-site", null)).isTrue();
    assertThat(refuses(method, null, "https://evil.example")).isTrue();
  }

  @Test
  void aSiblingSubdomainCountsAsAnotherSite() {
    assertThat(refuses("POST", "same-site", "https://trellis.example")).isTrue();
  }

  @Test
  void aChangeFromTheSameOriginIsAllowed() {
    assertThat(refuses("POST", "same-origin", "https://trellis.example")).isFalse();
    assertThat(refuses("DELETE", "none", null)).isFalse();
    assertThat(refuses("PUT", null, "https://TRELLIS.example:443")).isFalse();
  }

  @Test
  void clientsThatAreNotBrowsersSendNeitherHeaderAndAreAllowed() {
    assertThat(refuses("POST", null, null)).isFalse();
  }

  @Test
  void anOriginDifferingInSchemeHostOrPortIsRefused() {
    assertThat(refuses("POST", null, "http://trellis.example")).isTrue();
    assertThat(refuses("POST", null, "https://trellis.example:8443")).isTrue();
    assertThat(refuses("POST", null, "https://trellis.example.evil.example")).isTrue();
  }

  @Test
  void anOpaqueOrMalformedOriginIsRefused() {
    assertThat(refuses("POST", null, "null")).isTrue();
    assertThat(refuses("POST", null, "https://trellis.example/path")).isTrue();
    assertThat(refuses("POST", null, "not a url")).isTrue();
  }

  @Test
  void theDefaultPortOfPlainHttpMatchesAnOriginWithoutPort() {
    assertThat(
            CrossSiteCheck.refuses(
                "POST", null, "http://localhost:8080", "http", "localhost", 8080))
        .isFalse();
    assertThat(
            CrossSiteCheck.refuses("POST", null, "http://example.org", "http", "example.org", 80))
        .isFalse();
  }

  @Test
  void anIpv6HostMatchesWithOrWithoutBrackets() {
    assertThat(CrossSiteCheck.isSameOrigin("http://[::1]:8080", "http", "::1", 8080)).isTrue();
    assertThat(CrossSiteCheck.isSameOrigin("http://[::1]:8080", "http", "[::1]", 8080)).isTrue();
  }
}
