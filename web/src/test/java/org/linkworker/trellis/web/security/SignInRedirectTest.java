package org.linkworker.trellis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInRedirectTest {

  @Test
  void aPathInsideTheApplicationIsFollowedWithItsQuery() {
    assertThat(SignInRedirect.target("/framework/browse.xhtml?q=listen&code=LWCF"))
        .isEqualTo("/framework/browse.xhtml?q=listen&code=LWCF");
    assertThat(SignInRedirect.target("/organisation/people.xhtml?id=42"))
        .isEqualTo("/organisation/people.xhtml?id=42");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example",
        "//evil.example/login",
        "/\\evil.example",
        "/\\/evil.example",
        "\\\\evil.example",
        "http://evil.example/",
        "https://evil.example",
        "javascript:alert(1)",
        "evil.example",
        "framework/browse.xhtml",
        "/\t/evil.example",
        "/\n/evil.example",
        "/ /evil.example",
        "/framework\\..\\evil",
        "/login.xhtml",
        "/login.xhtml?next=/x"
      })
  void anythingElseGoesHome(String next) {
    assertThat(SignInRedirect.target(next)).isEqualTo(SignInRedirect.HOME);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void noNextGoesHome(String next) {
    assertThat(SignInRedirect.target(next)).isEqualTo("/");
  }

  @Test
  void anOverlongNextGoesHome() {
    assertThat(SignInRedirect.target("/" + "a".repeat(SignInRedirect.MAX_LENGTH))).isEqualTo("/");
  }

  @Test
  void theLoginAddressCarriesTheAskedForPageEncoded() {
    // The query string arrives as the browser sent it, still encoded.
    assertThat(SignInRedirect.loginFor("/framework/browse.xhtml", "q=listen+well&x=1", true))
        .isEqualTo("/login.xhtml?next=%2Fframework%2Fbrowse.xhtml%3Fq%3Dlisten%2Bwell%26x%3D1");
  }

  @Test
  void aPostIsSentBackToThePageWithoutItsQuery() {
    assertThat(SignInRedirect.loginFor("/account/password.xhtml", "a=b", false))
        .isEqualTo("/login.xhtml?next=%2Faccount%2Fpassword.xhtml");
  }

  @Test
  void theHomePageAndUnsafePathsNeedNoNext() {
    assertThat(SignInRedirect.loginFor("/", null, true)).isEqualTo("/login.xhtml");
    assertThat(SignInRedirect.loginFor("//evil.example", null, true)).isEqualTo("/login.xhtml");
  }
}
