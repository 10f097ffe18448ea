package org.linkworker.trellis.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.rest.identity.OrganisationPayload;

class PayloadReaderTest {

  private static OrganisationPayload read(String body, Charset charset) throws IOException {
    return PayloadReader.read(
        new ByteArrayInputStream(body.getBytes(charset)), charset, OrganisationPayload.class);
  }

  private static OrganisationPayload read(String body) throws IOException {
    return read(body, StandardCharsets.UTF_8);
  }

  @Test
  void readsAPayloadRecordStrictly() throws IOException {
    assertThat(read("{\"name\":\"Ríverside\",\"kind\":\"PROVIDER\"}"))
        .isEqualTo(new OrganisationPayload("Ríverside", OrganisationKind.PROVIDER));
    assertThat(read("{\"name\":\"Ríverside\",\"kind\":\"PROVIDER\"}", StandardCharsets.UTF_16))
        .isEqualTo(new OrganisationPayload("Ríverside", OrganisationKind.PROVIDER));
  }

  @Test
  void anEmptyBodyOrJsonNullIsNoBodyForTheResourceToRefuse() throws IOException {
    assertThat(read("")).isNull();
    assertThat(read("null")).isNull();
  }

  @Test
  void aKeyGivenTwiceIsUnreadableRatherThanWhicheverCameLast() {
    assertThatThrownBy(() -> read("{\"name\":\"Riverside\",\"name\":123,\"kind\":\"EMPLOYER\"}"))
        .isInstanceOf(JsonException.class);
  }

  @Test
  void malformedJsonIsUnreadable() {
    assertThatThrownBy(() -> read("{\"name\": ")).isInstanceOf(JsonException.class);
  }

  @Test
  void claimsOnlyTheApisOwnRecordsSentAsJson() {
    PayloadReader reader = new PayloadReader();

    assertThat(
            reader.isReadable(
                OrganisationPayload.class, null, null, MediaType.APPLICATION_JSON_TYPE))
        .isTrue();
    assertThat(
            reader.isReadable(
                OrganisationPayload.class,
                null,
                null,
                new MediaType("application", "json", "UTF-8")))
        .isTrue();
    assertThat(reader.isReadable(OrganisationPayload.class, null, null, MediaType.TEXT_PLAIN_TYPE))
        .isFalse();
    assertThat(reader.isReadable(String.class, null, null, MediaType.APPLICATION_JSON_TYPE))
        .isFalse();
    assertThat(
            reader.isReadable(
                java.util.Map.Entry.class, null, null, MediaType.APPLICATION_JSON_TYPE))
        .isFalse();
    assertThat(
            reader.isReadable(
                PayloadBinderTest.Claim.class, null, null, MediaType.APPLICATION_JSON_TYPE))
        .as("a record of the API's packages, here a test's")
        .isTrue();
  }

  @Test
  void anythingAfterTheValueIsUnreadableRatherThanDropped() throws IOException {
    assertThatThrownBy(
            () ->
                read(
                    "{\"name\":\"A\",\"kind\":\"EMPLOYER\"}{\"name\":\"B\",\"kind\":\"EMPLOYER\"}"))
        .isInstanceOf(JsonException.class);
    assertThatThrownBy(() -> read("{\"name\":\"A\",\"kind\":\"EMPLOYER\"} x"))
        .isInstanceOf(JsonException.class);
    assertThat(read("{\"name\":\"A\",\"kind\":\"EMPLOYER\"}\r\n  ")).isNotNull();
  }

  @Test
  void aBodyOfWhiteSpaceIsNoBody() throws IOException {
    assertThat(read("  \r\n")).isNull();
  }
}
