package org.linkworker.trellis.rest.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkworker.trellis.platform.CalendarDates;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;

/**
 * Binds a JSON object to a payload record strictly: every value must already be of the JSON type
 * its component asks for. Text is a JSON string, a number a JSON number (a whole one for {@code
 * int} and {@code long}, within their range), true or false a JSON boolean, an enumeration value
 * one of its constants spelt exactly, a date an ISO date string, a list a JSON array, a nested
 * record a JSON object. Nothing is coerced: {@code {"name": 123}} is refused, not read as "123".
 *
 * <p>Every mistake in the body is collected before anything is refused, each under the field's JSON
 * name ({@code name}, {@code roles[1]}, {@code reflection.what}), so that one answer lists all that
 * needs correcting. A null (or absent) value binds as null and is left to validation; for a
 * primitive component an absent value is the type's default and an explicit null is refused.
 * Properties the record does not have are ignored, as JSON-B ignores them, so that a client may
 * send back a resource it read with more fields than the payload takes.
 *
 * <p>A component's JSON name is its own name, or the {@link JsonbProperty} it carries.
 */
public final class PayloadBinder {

  private final Map<String, String> errors = new LinkedHashMap<>();

  private PayloadBinder() {}

  /**
   * The record that {@code json} describes.
   *
   * @throws InvalidInputException naming every field whose value is not of its type
   * @throws NotAnObjectException when {@code json} is not a JSON object at all
   * @throws IllegalArgumentException when the record has a component of a type this binder does not
   *     know, which is a mistake in the payload, not in the request
   */
  public static <T extends Record> T bind(JsonValue json, Class<T> type) {
    if (!(json instanceof JsonObject object)) {
      throw new NotAnObjectException(json.getValueType());
    }
    PayloadBinder binder = new PayloadBinder();
    T bound = binder.record(object, type, "");
    if (!binder.errors.isEmpty()) {
      throw new InvalidInputException(binder.errors);
    }
    return bound;
  }

  /** Whether every component of {@code type}, nested records included, is of a type bound here. */
  public static boolean binds(Class<? extends Record> type) {
    try {
      for (RecordComponent component : type.getRecordComponents()) {
        checkBindable(component.getGenericType());
      }
      return true;
    } catch (IllegalArgumentException unsupported) {
      return false;
    }
  }

  /**
   * The request body was JSON, but not the object a payload is: as unreadable as malformed JSON,
   * and answered the same way.
   */
  public static final class NotAnObjectException extends JsonException {
    private static final long serialVersionUID = 1L;

    NotAnObjectException(JsonValue.ValueType found) {
      super("A payload is a JSON object, not " + found);
    }
  }

  private <T extends Record> T record(JsonObject object, Class<T> type, String prefix) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      String name = jsonName(component);
      String field = prefix.isEmpty() ? name : prefix + "." + name;
      JsonValue value = object.get(name);
      values[i] =
          value == null
              ? absent(component.getType())
              : value(value, component.getGenericType(), field);
    }
    if (!errors.isEmpty()) {
      // The record's own checks would only repeat, or trip over, what is already refused.
      return null;
    }
    return construct(type, components, values);
  }

  private Object value(JsonValue json, Type type, String field) {
    Class<?> raw = raw(type);
    Shape shape = Shape.of(raw);
    if (json.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        reject(field, shape, json);
        return absent(raw);
      }
      return null;
    }
    return switch (shape) {
      case TEXT ->
          json instanceof JsonString text
              ? text(text.getString(), field)
              : reject(field, shape, json);
      case TRUE_FALSE ->
          switch (json.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> reject(field, shape, json);
          };
      case WHOLE_NUMBER -> wholeNumber(json, raw, field);
      case NUMBER -> {
        if (!(json instanceof JsonNumber number)) {
          yield reject(field, shape, json);
        }
        yield raw == BigDecimal.class ? number.bigDecimalValue() : number.doubleValue();
      }
      case CONSTANT -> constant(json, raw, field);
      case DATE -> date(json, field);
      case LIST -> collection(json, raw, elementType(type), field);
      case RECORD ->
          json instanceof JsonObject object
              ? record(object, raw.asSubclass(Record.class), field)
              : reject(field, shape, json);
    };
  }

  /**
   * The JSON a component of each Java type must be sent as; {@link #of} is the one list of the
   * types a payload may use.
   */
  private enum Shape {
    TEXT("json.expected_text"),
    TRUE_FALSE("json.expected_true_false"),
    WHOLE_NUMBER("json.expected_whole_number"),
    NUMBER("json.expected_number"),
    CONSTANT("json.expected_one_of"),
    DATE("json.expected_date"),
    LIST("json.expected_list"),
    RECORD("json.expected_object");

    final String expected;

    Shape(String expected) {
      this.expected = expected;
    }

    static Shape of(Class<?> raw) {
      if (raw == String.class) {
        return TEXT;
      }
      if (raw == Boolean.class || raw == boolean.class) {
        return TRUE_FALSE;
      }
      if (WHOLE_NUMBERS.containsKey(raw)) {
        return WHOLE_NUMBER;
      }
      if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
        return NUMBER;
      }
      if (raw.isEnum()) {
        return CONSTANT;
      }
      if (raw == LocalDate.class) {
        return DATE;
      }
      if (raw == List.class || raw == Set.class || raw == Collection.class) {
        return LIST;
      }
      if (raw.isRecord()) {
        return RECORD;
      }
      throw new IllegalArgumentException(unsupported(raw));
    }
  }

  private static final Map<Class<?>, long[]> WHOLE_NUMBERS =
      Map.of(
          Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
          Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
          long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

  private Object wholeNumber(JsonValue json, Class<?> raw, String field) {
    if (!(json instanceof JsonNumber number)) {
      return reject(field, Shape.WHOLE_NUMBER, json);
    }
    BigDecimal value = number.bigDecimalValue();
    long[] range = WHOLE_NUMBERS.get(raw);
    // Compared before any exact conversion, which for 1e999999999 would build a billion digits.
    if (value.compareTo(BigDecimal.valueOf(range[0])) < 0
        || value.compareTo(BigDecimal.valueOf(range[1])) > 0) {
      errors.putIfAbsent(field, Messages.format("json.whole_number_range", range[0], range[1]));
      return null;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return reject(field, Shape.WHOLE_NUMBER, json);
    }
    long whole = value.longValue();
    return raw == Integer.class || raw == int.class ? (Object) (int) whole : (Object) whole;
  }

  private Object constant(JsonValue json, Class<?> raw, String field) {
    if (json instanceof JsonString text) {
      for (Object constant : raw.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(text.getString())) {
          return constant;
        }
      }
    }
    String choices =
        Arrays.stream(raw.getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name())
            .collect(Collectors.joining(", "));
    errors.putIfAbsent(field, Messages.format(Shape.CONSTANT.expected, choices));
    return null;
  }

  /**
   * The text as sent, unless it holds half of a surrogate pair ({@code "\uD800"} alone): such a
   * string is no Unicode text, and would be stored as a question mark, not as what was sent.
   */
  private Object text(String text, String field) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        errors.putIfAbsent(field, Messages.format("json.text_not_unicode"));
        return null;
      }
    }
    return text;
  }

  private Object date(JsonValue json, String field) {
    if (json instanceof JsonString text) {
      try {
        LocalDate date = LocalDate.parse(text.getString());
        if (!CalendarDates.taken(date)) {
          errors.putIfAbsent(
              field,
              Messages.format("json.date_range", CalendarDates.EARLIEST, CalendarDates.LATEST));
          return null;
        }
        return date;
      } catch (DateTimeParseException notADate) {
        // Refused below, with the same message as any other value that is no date.
      }
    }
    errors.putIfAbsent(field, Messages.format(Shape.DATE.expected));
    return null;
  }

  private Object collection(JsonValue json, Class<?> raw, Type element, String field) {
    if (!(json instanceof JsonArray array)) {
      return reject(field, Shape.LIST, json);
    }
    List<Object> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      values.add(value(array.get(i), element, field + "[" + i + "]"));
    }
    return raw == Set.class
        ? Collections.unmodifiableSet(new LinkedHashSet<>(values))
        : Collections.unmodifiableList(values);
  }

  private static <T extends Record> T construct(
      Class<T> type, RecordComponent[] components, Object[] values) {
    Class<?>[] parameterTypes =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
      canonical.setAccessible(true);
      return canonical.newInstance(values);
    } catch (InvocationTargetException refused) {
      if (refused.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(refused.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /**
   * Records under the field (the first mistake found there wins) what it must be; binds nothing.
   */
  private Object reject(String field, Shape expected, JsonValue found) {
    errors.putIfAbsent(field, Messages.format(expected.expected, describe(found)));
    return null;
  }

  /** What the client sent instead, in words: JSON's literals as they are, the rest by kind. */
  private static String describe(JsonValue found) {
    return switch (found.getValueType()) {
      case TRUE, FALSE, NULL -> found.toString();
      case NUMBER -> Messages.format("json.found_number");
      case STRING -> Messages.format("json.found_text");
      case ARRAY -> Messages.format("json.found_list");
      case OBJECT -> Messages.format("json.found_object");
    };
  }

  private static Object absent(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0d;
    }
    return null;
  }

  private static String jsonName(RecordComponent component) {
    JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
    if (renamed == null) {
      try {
        renamed =
            component
                .getDeclaringRecord()
                .getDeclaredField(component.getName())
                .getAnnotation(JsonbProperty.class);
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
    }
    return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType generic) {
      return (Class<?>) generic.getRawType();
    }
    throw new IllegalArgumentException(unsupported(type));
  }

  private static Type elementType(Type collection) {
    if (collection instanceof ParameterizedType generic) {
      return generic.getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException(unsupported(collection));
  }

  private static void checkBindable(Type type) {
    Class<?> raw = raw(type);
    switch (Shape.of(raw)) {
      case LIST -> checkBindable(elementType(type));
      case RECORD -> {
        for (RecordComponent component : raw.getRecordComponents()) {
          checkBindable(component.getGenericType());
        }
      }
      default -> {
        // A plain value: Shape.of has accepted its type.
      }
    }
  }

  private static String unsupported(Type type) {
    return "A payload cannot have a component of type " + type.getTypeName();
  }
}
