package org.linkworker.trellis.framework.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Every JSON pointer inside a document, for damaging one member at a time. */
final class JsonPointers {

  private JsonPointers() {}

  static List<String> allIn(JsonValue root) {
    List<String> pointers = new ArrayList<>();
    collect(root, "", pointers);
    return pointers;
  }

  private static void collect(JsonValue value, String at, List<String> pointers) {
    if (value instanceof JsonObject object) {
      object.forEach(
          (key, member) -> {
            String pointer = at + "/" + Json.encodePointer(key);
            pointers.add(pointer);
            collect(member, pointer, pointers);
          });
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        String pointer = at + "/" + i;
        pointers.add(pointer);
        collect(array.get(i), pointer, pointers);
      }
    }
  }
}
