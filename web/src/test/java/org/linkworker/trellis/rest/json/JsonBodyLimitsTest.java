package org.linkworker.trellis.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonBodyLimitsTest {

  private static byte[] drain(String body, int megabytes) throws IOException {
    return drain(body.getBytes(StandardCharsets.UTF_8), megabytes);
  }

  private static byte[] drain(byte[] body, int megabytes) throws IOException {
    try (InputStream in = new JsonBodyLimits.Bounded(new ByteArrayInputStream(body), megabytes)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aBodyNestedDeeperThanTheLimitIsABadRequest() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> drain(deep, 2))
        .isInstanceOfSatisfying(
            JsonBodyLimits.Exceeded.class, e -> assertThat(e.status).isEqualTo(400));
    String objects = "{\"a\":".repeat(JsonBodyLimits.MAX_DEPTH + 1) + "1" + "}".repeat(65);
    assertThatThrownBy(() -> drain(objects, 2)).isInstanceOf(JsonBodyLimits.Exceeded.class);
  }

  @Test
  void bracketsInsideStringsAndEscapedQuotesDoNotCount() throws IOException {
    String body = "{\"title\":\"" + "[{".repeat(1000) + "\\\"" + "[".repeat(100) + "\"}";
    assertThat(drain(body, 2)).hasSize(body.getBytes(StandardCharsets.UTF_8).length);
    String nested =
        "[".repeat(JsonBodyLimits.MAX_DEPTH) + "]".repeat(JsonBodyLimits.MAX_DEPTH) + "[[]]";
    assertThat(drain(nested, 2)).hasSize(nested.length());
  }

  @Test
  void aBodyLargerThanTheLimitIsTooLargeAndReadNoFurther() {
    byte[] body = new byte[2 * 1024 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) ' ');
    assertThatThrownBy(() -> drain(body, 2))
        .isInstanceOfSatisfying(
            JsonBodyLimits.Exceeded.class, e -> assertThat(e.status).isEqualTo(413));
  }

  @Test
  void aFileReadAsBytesIsBoundedBySizeOnlyNotByBrackets() throws IOException {
    byte[] csv = ("title\n" + "[".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8);
    try (InputStream in = new JsonBodyLimits.Bounded(new ByteArrayInputStream(csv), 1, false)) {
      assertThat(in.readAllBytes()).hasSize(csv.length);
    }
    byte[] large = new byte[1024 * 1024 + 1];
    assertThatThrownBy(
            () -> {
              try (InputStream in =
                  new JsonBodyLimits.Bounded(new ByteArrayInputStream(large), 1, false)) {
                in.readAllBytes();
              }
            })
        .isInstanceOfSatisfying(
            JsonBodyLimits.Exceeded.class, e -> assertThat(e.status).isEqualTo(413));
  }
}
