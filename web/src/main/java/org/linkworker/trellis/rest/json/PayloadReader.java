package org.linkworker.trellis.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * Reads every JSON request body that a resource takes as one of the API's payload records, with
 * {@link PayloadBinder} instead of JSON-B: JSON-B reads {@code {"name": 123}} into a name of "123"
 * and {@code true} into "true", where a client needs to hear that it sent the wrong thing.
 *
 * <p>A body that is not JSON, repeats a key or is not a JSON object fails as a {@code
 * JsonException}, which {@code rest.problem.UnreadableBodyInterceptor} answers with 400; a value of
 * the wrong type becomes an {@code InvalidInputException} that names the field, answered with 400
 * and {@code errors}. An empty body reads as null, which {@code RequestBodies.required} refuses.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class PayloadReader implements MessageBodyReader<Record> {

  /** The packages whose records are request bodies: the API's, and only the API's. */
  static final String PAYLOAD_PACKAGES = "org.linkworker.trellis.rest.";

  // A key given twice would otherwise bind whichever came last, silently.
  /** A key twice in one object is refused (JSON-P's default keeps the last). */
  private static final JsonReaderFactory READERS =
      Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getName().startsWith(PAYLOAD_PACKAGES) && isJson(mediaType);
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return read(entityStream, charsetOf(mediaType), type.asSubclass(Record.class));
  }

  /** The record the body describes; null for an empty body or a JSON null. */
  static <T extends Record> T read(InputStream body, Charset charset, Class<T> type)
      throws IOException {
    // Bounded by JsonBodyLimits before it gets here (a payload is at most a few megabytes).
    byte[] bytes = body.readAllBytes();
    if (new String(bytes, charset).chars().allMatch(PayloadReader::whiteSpace)) {
      // Nothing, or only white space: as empty as no body at all.
      return null;
    }
    JsonValue json;
    try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes), charset)) {
      json = reader.readValue();
    }
    // A reader stops after the first value: {"a":1}{"a":2} would bind the first and drop the rest
    // unseen. A parser says when anything but white space follows. (The parser alone cannot take
    // the reader's place: its values keep the last of a key given twice, which must be refused.)
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(bytes), charset)) {
      parser.next();
      parser.skipArray();
      parser.skipObject();
      // hasNext throws for anything but white space after the value; were it ever to answer
      // true instead, the body is refused all the same. Either is an unreadable body (a 400).
      if (parser.hasNext()) {
        throw new JsonParsingException("More after the JSON value", parser.getLocation());
      }
    }
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return PayloadBinder.bind(json, type);
  }

  /** JSON's white space (RFC 8259): space, tab, line feed, carriage return. */
  private static boolean whiteSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static boolean isJson(MediaType mediaType) {
    return mediaType == null || mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE);
  }

  private static Charset charsetOf(MediaType mediaType) {
    String name =
        mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      throw new NotSupportedException(unknown.getMessage(), unknown);
    }
  }
}
