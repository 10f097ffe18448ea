package org.linkworker.trellis.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.File;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkworker.trellis.platform.InvalidInputException;

/**
 * Every request body of the API, found by scanning for {@code *Payload} records under {@code rest},
 * is bound strictly: a new payload is covered the day it is written, and one with a component the
 * binder does not know fails here rather than on a client's first request.
 */
class EveryPayloadBindsStrictlyTest {

  static Stream<Class<? extends Record>> payloads() throws Exception {
    Path classes =
        Path.of(PayloadReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path rest = classes.resolve("org/linkworker/trellis/rest");
    try (Stream<Path> files = Files.walk(rest)) {
      List<Class<? extends Record>> found = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith("Payload.class")).toList()) {
        String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (type.isRecord()) {
          found.add(type.asSubclass(Record.class));
        }
      }
      return found.stream().sorted(Comparator.comparing(Class::getName));
    }
  }

  @Test
  void thePayloadsAreFound() throws Exception {
    assertThat(payloads().map(Class::getSimpleName))
        .contains(
            "OrganisationPayload",
            "NewPersonPayload",
            "PersonChangePayload",
            "NewTokenPayload",
            "PasswordChangePayload");
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void isReadByTheStrictReader(Class<? extends Record> payload) {
    assertThat(PayloadBinder.binds(payload)).isTrue();
    assertThat(new PayloadReader().isReadable(payload, payload, null, null)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void bindsValuesOfTheRightTypeAsTheyAre(Class<? extends Record> payload) throws Exception {
    JsonObjectBuilder body = Json.createObjectBuilder();
    for (RecordComponent component : payload.getRecordComponents()) {
      body.add(component.getName(), right(component.getGenericType()));
    }

    Record bound = PayloadBinder.bind(body.build(), payload);

    for (RecordComponent component : payload.getRecordComponents()) {
      assertThat(component.getAccessor().invoke(bound))
          .as(component.getName())
          .isEqualTo(expected(component.getGenericType()));
    }
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void refusesAValueOfTheWrongTypeInEveryFieldNamingEachOne(Class<? extends Record> payload) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    for (RecordComponent component : payload.getRecordComponents()) {
      body.add(component.getName(), wrong(component.getGenericType()));
    }

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class, () -> PayloadBinder.bind(body.build(), payload));

    assertThat(refused).as("refusal of a body with every value of the wrong type").isNotNull();
    assertThat(refused.fieldErrors().keySet())
        .containsExactlyInAnyOrder(
            Stream.of(payload.getRecordComponents())
                .map(RecordComponent::getName)
                .toArray(String[]::new));
    assertThat(refused.fieldErrors().values()).allSatisfy(m -> assertThat(m).startsWith("Must "));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void bindsAnEmptyObjectLeavingTheRestToValidation(Class<? extends Record> payload) {
    assertThat(PayloadBinder.bind(JsonValue.EMPTY_JSON_OBJECT, payload)).isNotNull();
  }

  /** A JSON value of the type a component asks for. */
  private static JsonValue right(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return Json.createValue("some text");
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return JsonValue.TRUE;
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return Json.createValue(7);
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      return Json.createValue(new BigDecimal("2.5"));
    }
    if (raw.isEnum()) {
      return Json.createValue(((Enum<?>) raw.getEnumConstants()[0]).name());
    }
    if (raw == LocalDate.class) {
      return Json.createValue("2026-04-01");
    }
    if (Collection.class.isAssignableFrom(raw)) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      return list.add(right(element(type))).build();
    }
    if (raw.isRecord()) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      for (RecordComponent component : raw.getRecordComponents()) {
        object.add(component.getName(), right(component.getGenericType()));
      }
      return object.build();
    }
    throw new AssertionError("no sample for " + type);
  }

  /** The Java value that {@link #right} binds to. */
  private static Object expected(Type type) throws Exception {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return "some text";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return true;
    }
    if (raw == Integer.class || raw == int.class) {
      return 7;
    }
    if (raw == Long.class || raw == long.class) {
      return 7L;
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal("2.5");
    }
    if (raw == Double.class || raw == double.class) {
      return 2.5d;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (raw == LocalDate.class) {
      return LocalDate.of(2026, 4, 1);
    }
    if (raw == Set.class) {
      return Set.of(expected(element(type)));
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return List.of(expected(element(type)));
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = expected(components[i].getGenericType());
      }
      return raw.getDeclaredConstructor(
              Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
          .newInstance(values);
    }
    throw new AssertionError("no sample for " + type);
  }

  /** A JSON value of some other type than the component asks for. */
  private static JsonValue wrong(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class || raw.isEnum() || raw == LocalDate.class) {
      return Json.createValue(123);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    if (raw.isRecord()) {
      return JsonValue.EMPTY_JSON_ARRAY;
    }
    // Booleans and numbers alike: text in quotes is never either.
    return Json.createValue("7");
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType generic
        ? (Class<?>) generic.getRawType()
        : (Class<?>) type;
  }

  private static Type element(Type collection) {
    return ((ParameterizedType) collection).getActualTypeArguments()[0];
  }
}
