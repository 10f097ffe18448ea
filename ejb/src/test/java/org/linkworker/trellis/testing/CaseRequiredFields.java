package org.linkworker.trellis.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists what a CFPackage lacks of the fields CASE 1.1 requires, straight from the JSON (not through
 * the reader under test).
 */
public final class CaseRequiredFields {

  private static final List<String> DOCUMENT =
      List.of("identifier", "uri", "creator", "title", "lastChangeDateTime");
  private static final List<String> ITEM =
      List.of("identifier", "fullStatement", "uri", "lastChangeDateTime");
  private static final List<String> ASSOCIATION =
      List.of(
          "identifier",
          "associationType",
          "uri",
          "originNodeURI",
          "destinationNodeURI",
          "lastChangeDateTime");
  private static final List<String> LINK = List.of("title", "identifier", "uri");

  private CaseRequiredFields() {}

  /** "CFItems[3].fullStatement"-style paths of every required field missing or blank. */
  public static List<String> missingIn(JsonObject pkg) {
    List<String> missing = new ArrayList<>();
    JsonObject document = pkg.getJsonObject("CFDocument");
    if (document == null) {
      return List.of("CFDocument");
    }
    require(document, DOCUMENT, "CFDocument", missing);
    List<JsonObject> items = pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class);
    for (int i = 0; i < items.size(); i++) {
      require(items.get(i), ITEM, "CFItems[" + i + "]", missing);
      links(items.get(i), "CFItems[" + i + "]", missing);
    }
    List<JsonObject> associations =
        pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class);
    for (int i = 0; i < associations.size(); i++) {
      require(associations.get(i), ASSOCIATION, "CFAssociations[" + i + "]", missing);
      links(associations.get(i), "CFAssociations[" + i + "]", missing);
    }
    return missing;
  }

  private static void require(
      JsonObject object, List<String> fields, String path, List<String> missing) {
    for (String field : fields) {
      JsonValue value = object.get(field);
      boolean blank =
          value == null
              || value.getValueType() == JsonValue.ValueType.NULL
              || (value instanceof JsonString s && s.getString().isBlank());
      if (blank) {
        missing.add(path + "." + field);
      }
    }
  }

  /** Every member that is a link object (any *URI object) must carry title, identifier, uri. */
  private static void links(JsonObject object, String path, List<String> missing) {
    object.forEach(
        (key, value) -> {
          if (key.endsWith("URI") && value.getValueType() == JsonValue.ValueType.OBJECT) {
            require(value.asJsonObject(), LINK, path + "." + key, missing);
          }
        });
  }
}
