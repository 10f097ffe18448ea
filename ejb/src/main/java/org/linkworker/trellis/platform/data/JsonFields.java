package org.linkworker.trellis.platform.data;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checked access to the members of one JSON object of a data file. Data files come from people and
 * from other systems, so every unexpected shape (a member missing, a string where a number belongs,
 * an array of something other than objects) becomes a {@link DataFileException} naming the file and
 * the item rather than a {@code ClassCastException} deep in a reader.
 */
public final class JsonFields {

  private final JsonObject object;
  private final String fileName;
  private final String item;

  private JsonFields(JsonObject object, String fileName, String item) {
    this.object = object;
    this.fileName = fileName;
    this.item = item;
  }

  /** The top-level object of a file. */
  public static JsonFields of(DataFile file) {
    return new JsonFields(parse(file), file.name(), "top level");
  }

  public static JsonFields of(JsonObject object, String fileName, String item) {
    return new JsonFields(object, fileName, item);
  }

  /**
   * Parses a whole file, which must hold one JSON object. Decoding is strict UTF-8, as JSON
   * requires; a byte-order mark is tolerated.
   */
  public static JsonObject parse(DataFile file) {
    JsonValue value;
    byte[] bytes = file.content();
    int start = hasByteOrderMark(bytes) ? 3 : 0;
    CharsetDecoder strictUtf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (JsonReader reader =
        Json.createReader(
            new InputStreamReader(
                new ByteArrayInputStream(bytes, start, bytes.length - start), strictUtf8))) {
      value = reader.readValue();
    } catch (JsonParsingException e) {
      throw new DataFileException(
          file.name(), "is not well-formed JSON: " + e.getMessage() + where(e.getLocation()), e);
    } catch (RuntimeException e) {
      // A JsonException (bytes that are not UTF-8, for one), or what Parsson throws for a file
      // nested more deeply than its limit (1,000 levels), a bare RuntimeException: the file is as
      // unreadable as any other, not a failure of the server.
      throw new DataFileException(file.name(), "cannot be read as JSON: " + e.getMessage(), e);
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new DataFileException(file.name(), "top level", "is not a JSON object");
    }
    return value.asJsonObject();
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNumber() < 0) {
      return "";
    }
    return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
  }

  /** The same object, reported under another item name (once its identifier is known). */
  public JsonFields as(String itemName) {
    return new JsonFields(object, fileName, itemName);
  }

  public String fileName() {
    return fileName;
  }

  public String item() {
    return item;
  }

  public JsonObject json() {
    return object;
  }

  /** Whether the member is there and not JSON null. */
  public boolean has(String key) {
    JsonValue value = object.get(key);
    return value != null && value.getValueType() != JsonValue.ValueType.NULL;
  }

  /** A string member that must be present and not blank. */
  public String string(String key) {
    return optionalString(key).orElseThrow(() -> problem(key + " is missing"));
  }

  /** A string member; absent, null and blank all read as empty. */
  public Optional<String> optionalString(String key) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonValue value = object.get(key);
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw problem(key + " is not a string");
    }
    String text = ((JsonString) value).getString();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** A whole-number member; CASE writes some of them as strings, so digits in a string count. */
  public OptionalInt optionalInteger(String key) {
    if (!has(key)) {
      return OptionalInt.empty();
    }
    JsonValue value = object.get(key);
    BigDecimal number =
        switch (value.getValueType()) {
          case NUMBER -> ((JsonNumber) value).bigDecimalValue();
          case STRING -> parseDecimal(key, ((JsonString) value).getString());
          default -> throw problem(key + " is not a number");
        };
    try {
      return OptionalInt.of(number.intValueExact());
    } catch (ArithmeticException e) {
      throw problem(key + " is not a whole number within range: " + number.toPlainString());
    }
  }

  /** A whole-number member that must be present and lie within {@code min..max}. */
  public int integer(String key, int min, int max) {
    int value = optionalInteger(key).orElseThrow(() -> problem(key + " is missing"));
    return checkRange(key, value, min, max);
  }

  /** A whole-number member within {@code min..max}, or the fallback when absent. */
  public int integer(String key, int min, int max, int fallback) {
    return checkRange(key, optionalInteger(key).orElse(fallback), min, max);
  }

  private int checkRange(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw problem(key + " is " + value + "; it must be between " + min + " and " + max);
    }
    return value;
  }

  private BigDecimal parseDecimal(String key, String text) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw problem(key + " is not a number: \"" + text + "\"");
    }
  }

  /** A boolean member, or the fallback when absent. */
  public boolean optionalBoolean(String key, boolean fallback) {
    if (!has(key)) {
      return fallback;
    }
    return switch (object.get(key).getValueType()) {
      case TRUE -> true;
      case FALSE -> false;
      default -> throw problem(key + " is not true or false");
    };
  }

  /** An object member that must be present, reported under {@code itemName}. */
  public JsonFields object(String key, String itemName) {
    return optionalObject(key, itemName).orElseThrow(() -> problem(key + " is missing"));
  }

  /** An object member, reported under {@code itemName}. */
  public Optional<JsonFields> optionalObject(String key, String itemName) {
    if (!has(key)) {
      return Optional.empty();
    }
    JsonValue value = object.get(key);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw problem(key + " is not a JSON object");
    }
    return Optional.of(new JsonFields(value.asJsonObject(), fileName, itemName));
  }

  /**
   * The objects of an array member, in order, each reported as {@code key[index]} until the reader
   * renames it; an absent member reads as no objects.
   */
  public List<JsonFields> objects(String key) {
    if (!has(key)) {
      return List.of();
    }
    JsonValue value = object.get(key);
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw problem(key + " is not a JSON array");
    }
    JsonArray array = value.asJsonArray();
    List<JsonFields> result = new ArrayList<>(array.size());
    for (int index = 0; index < array.size(); index++) {
      JsonValue element = array.get(index);
      String elementItem = key + "[" + index + "]";
      if (element.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new DataFileException(fileName, elementItem, "is not a JSON object");
      }
      result.add(new JsonFields(element.asJsonObject(), fileName, elementItem));
    }
    return Collections.unmodifiableList(result);
  }

  /** An object member whose members are all whole numbers, in file order. */
  public Map<String, Integer> integerMembers(String key) {
    Optional<JsonFields> members = optionalObject(key, item);
    if (members.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> result = new LinkedHashMap<>();
    for (String name : members.get().object.keySet()) {
      OptionalInt value = members.get().optionalInteger(name);
      if (value.isEmpty()) {
        throw problem(key + "." + name + " is not a number");
      }
      result.put(name, value.getAsInt());
    }
    return Collections.unmodifiableMap(result);
  }

  /** A problem with this item, to throw. */
  public DataFileException problem(String text) {
    return new DataFileException(fileName, item, text);
  }
}
