package org.linkworker.trellis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.web.security.AuthorizationHeader.Basic;
import org.linkworker.trellis.web.security.AuthorizationHeader.Bearer;
import org.linkworker.trellis.web.security.AuthorizationHeader.Malformed;
import org.linkworker.trellis.web.security.AuthorizationHeader.None;

class AuthorizationHeaderTest {

  private static String basic(String userAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicCredentialsAreSplitAtTheFirstColonSoThePasswordMayHoldColons() {
    assertThat(AuthorizationHeader.parse(basic("alex.link:pass:word:with:colons")))
        .isEqualTo(new Basic("alex.link", "pass:word:with:colons"));
  }

  @Test
  void anEmptyPasswordIsStillBasicCredentials() {
    assertThat(AuthorizationHeader.parse(basic("alex.link:")))
        .isEqualTo(new Basic("alex.link", ""));
  }

  @Test
  void basicCredentialsAreReadAsUtf8() {
    assertThat(AuthorizationHeader.parse(basic("zoë:pâssword’s")))
        .isEqualTo(new Basic("zoë", "pâssword’s"));
  }

  @Test
  void theSchemeIsCaseInsensitive() {
    String encoded = basic("alex.link:secret").substring("Basic ".length());
    assertThat(AuthorizationHeader.parse("bAsIc " + encoded)).isInstanceOf(Basic.class);
    assertThat(AuthorizationHeader.parse("BEARER abc.def")).isEqualTo(new Bearer("abc.def"));
  }

  @Test
  void base64ThatDoesNotDecodeIsMalformed() {
    assertThat(AuthorizationHeader.parse("Basic %%%not-base64%%%")).isInstanceOf(Malformed.class);
    assertThat(AuthorizationHeader.parse("Basic YWxleA=x")).isInstanceOf(Malformed.class);
  }

  @Test
  void basicWithoutAColonOrWithoutAUsernameIsMalformed() {
    assertThat(AuthorizationHeader.parse(basic("alex.link"))).isInstanceOf(Malformed.class);
    assertThat(AuthorizationHeader.parse(basic(":secret"))).isInstanceOf(Malformed.class);
  }

  @Test
  void bytesThatAreNotUtf8AreMalformed() {
    byte[] latin1 = "zo\u00eb:secret".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(AuthorizationHeader.parse("Basic " + Base64.getEncoder().encodeToString(latin1)))
        .isInstanceOf(Malformed.class);
  }

  @Test
  void aBearerTokenIsTakenAsItIs() {
    assertThat(AuthorizationHeader.parse("Bearer tr_AbC-123_x.y~z+/=="))
        .isEqualTo(new Bearer("tr_AbC-123_x.y~z+/=="));
  }

  @Test
  void aBearerTokenWithSpacesOrOtherCharactersIsMalformed() {
    assertThat(AuthorizationHeader.parse("Bearer two words")).isInstanceOf(Malformed.class);
    assertThat(AuthorizationHeader.parse("Bearer a\"b")).isInstanceOf(Malformed.class);
    assertThat(AuthorizationHeader.parse("Bearer ")).isInstanceOf(Malformed.class);
  }

  @Test
  void noHeaderIsNone() {
    assertThat(AuthorizationHeader.parse(null)).isInstanceOf(None.class);
    assertThat(AuthorizationHeader.parse("   ")).isInstanceOf(None.class);
  }

  @Test
  void otherSchemesAndBareWordsAreMalformed() {
    assertThat(AuthorizationHeader.parse("Digest username=alex")).isInstanceOf(Malformed.class);
    assertThat(AuthorizationHeader.parse("Basic")).isInstanceOf(Malformed.class);
  }

  @Test
  void anOverlongHeaderIsRefusedUnread() {
    String longOne = "Bearer " + "a".repeat(AuthorizationHeader.MAX_LENGTH);
    assertThat(AuthorizationHeader.parse(longOne)).isInstanceOf(Malformed.class);
  }

  @Test
  void credentialsNeverShowInToString() {
    assertThat(AuthorizationHeader.parse(basic("alex.link:hunter2hunter2")).toString())
        .doesNotContain("hunter2")
        .doesNotContain("alex.link");
    assertThat(new Bearer("s3cret").toString()).doesNotContain("s3cret");
  }
}
