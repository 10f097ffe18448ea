package org.linkworker.trellis.rest.framework;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkworker.trellis.framework.boundary.StageDraft;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * The body of {@code PUT /api/frameworks/{code}/{version}/stages}: the stages in the shape {@code
 * GET} gives them, {@code [{code, title, requirements: {"<competency code>": <level>}}]}, in
 * progression order ({@code order}, when sent, is ignored). Read by hand because the requirements
 * are an object keyed by competency code; each value of the wrong type is named as a field.
 */
final class StagesPayload {

  private StagesPayload() {}

  // Any JSON value, not JsonStructure: the JSON-P reader reads a string or a number for a body
  // such as "x", which a JsonStructure parameter cannot take (the runtime failed with a 500).
  static List<StageDraft> read(JsonValue body) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (body == null || body.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new InvalidInputException(Map.of("stages", ApiTexts.text("api.stages.notAList")));
    }
    List<StageDraft> stages = new ArrayList<>();
    List<JsonValue> values = body.asJsonArray();
    for (int index = 0; index < values.size(); index++) {
      String field = "stages[" + index + "]";
      JsonValue value = values.get(index);
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        errors.put(field, ApiTexts.text("api.stages.notAnObject"));
        continue;
      }
      JsonObject stage = value.asJsonObject();
      String code = text(stage, "code", field + ".code", errors);
      String title = text(stage, "title", field + ".title", errors);
      Map<String, Integer> requirements = new LinkedHashMap<>();
      JsonValue given = stage.get("requirements");
      if (given != null && given.getValueType() == JsonValue.ValueType.OBJECT) {
        for (Map.Entry<String, JsonValue> requirement : given.asJsonObject().entrySet()) {
          if (requirement.getValue() instanceof JsonNumber number && number.isIntegral()) {
            requirements.put(requirement.getKey(), number.intValue());
          } else {
            errors.putIfAbsent(
                field + ".requirements",
                ApiTexts.text("api.stages.levelNotANumber", requirement.getKey()));
          }
        }
      } else if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
        errors.put(field + ".requirements", ApiTexts.text("api.stages.requirementsNotAnObject"));
      }
      stages.add(new StageDraft(code, title, requirements));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return stages;
  }

  private static String text(
      JsonObject object, String key, String field, Map<String, String> errors) {
    JsonValue value = object.get(key);
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
      errors.put(field, ApiTexts.text("api.stages.notText"));
    }
    return null;
  }
}
