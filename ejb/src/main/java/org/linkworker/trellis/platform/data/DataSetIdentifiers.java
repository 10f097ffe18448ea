package org.linkworker.trellis.platform.data;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the data-set steps of every component. */
public final class DataSetIdentifiers {

  private static final Pattern LOWERCASE_UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private DataSetIdentifiers() {}

  /**
   * The record's {@code identifier}: a lower-case UUID not seen before in the file (added to {@code
   * seen}).
   */
  public static String identifier(JsonFields entry, Set<String> seen) {
    String id = entry.string("identifier");
    if (!LOWERCASE_UUID.matcher(id).matches()) {
      throw entry.problem("identifier \"" + id + "\" is not a lower-case UUID");
    }
    if (!seen.add(id)) {
      throw entry.problem("identifier " + id + " is used twice in the file");
    }
    return id;
  }

  /** A member naming a constant of the enumeration, spelt exactly. */
  public static <E extends Enum<E>> E constant(JsonFields item, String key, Class<E> type) {
    String value = item.string(key);
    return parse(item, key, value, type);
  }

  public static <E extends Enum<E>> E parse(
      JsonFields item, String key, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw item.problem(
          key + " \"" + value + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
