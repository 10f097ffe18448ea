package org.linkworker.trellis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

  @Test
  void theLoginPageErrorPagesAndResourcesArePublic() {
    assertThat(PublicPaths.isPublic("/login.xhtml")).isTrue();
    assertThat(PublicPaths.isPublic("/error/404.xhtml")).isTrue();
    assertThat(PublicPaths.isPublic("/error/expired.xhtml")).isTrue();
    assertThat(PublicPaths.isPublic("/jakarta.faces.resource/core.js.xhtml")).isTrue();
  }

  @Test
  void everythingElseNeedsSignIn() {
    assertThat(PublicPaths.isPublic("/")).isFalse();
    assertThat(PublicPaths.isPublic("/index.xhtml")).isFalse();
    assertThat(PublicPaths.isPublic("/framework/browse.xhtml")).isFalse();
    assertThat(PublicPaths.isPublic("/login.xhtml.bak")).isFalse();
    assertThat(PublicPaths.isPublic("/errors/404.xhtml")).isFalse();
    assertThat(PublicPaths.isPublic("/resources/css/trellis.css")).isFalse();
    assertThat(PublicPaths.isPublic("/api/frameworks")).isFalse();
  }

  @Test
  void theApiIsEverythingUnderApi() {
    assertThat(PublicPaths.isApi("/api")).isTrue();
    assertThat(PublicPaths.isApi("/api/me/tokens")).isTrue();
    assertThat(PublicPaths.isApi("/apidocs.xhtml")).isFalse();
  }

  @Test
  void thePathIsTheContainersServletPathAndPathInfo() {
    assertThat(PublicPaths.of(new FakeHttp.Request().path("/api", "/people/x").proxy()))
        .isEqualTo("/api/people/x");
    assertThat(PublicPaths.of(new FakeHttp.Request().path("", null).proxy())).isEqualTo("/");
  }
}
