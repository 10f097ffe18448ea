package org.linkworker.trellis.framework.boundary;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A career stage as the steward gives it to a draft framework.
 *
 * @param code the stage's code, such as {@code HWB_COACH}
 * @param title its name
 * @param requirements competency code to the level the stage requires; a competency the stage does
 *     not require is absent
 */
public record StageDraft(String code, String title, Map<String, Integer> requirements)
    implements Serializable {

  public StageDraft {
    requirements =
        requirements == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
  }
}
