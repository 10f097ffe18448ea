package org.linkworker.trellis.framework.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CASE has no place for, from a {@code *.trellis.json} file: the framework's code, whether it
 * is current, how evidence counts, and the career stages with their profiles.
 *
 * @param frameworkId the CFDocument identifier of the framework it completes
 * @param defaultFramework whether its code is the default framework's (see {@code
 *     Framework#makeDefault})
 * @param codeOfPracticeId the CFDocument identifier of its code of practice, or null
 * @param stages the career stages in progression order
 */
public record FrameworkProfile(
    String frameworkId,
    String code,
    boolean current,
    boolean defaultFramework,
    int currencyYears,
    int evidenceThreshold,
    String codeOfPracticeId,
    List<StageDefinition> stages) {

  public static final String FORMAT = "trellis-framework-profile/1";

  public FrameworkProfile {
    stages = List.copyOf(stages);
  }

  /** A profile that does not make its framework the default one. */
  public FrameworkProfile(
      String frameworkId,
      String code,
      boolean current,
      int currencyYears,
      int evidenceThreshold,
      String codeOfPracticeId,
      List<StageDefinition> stages) {
    this(
        frameworkId,
        code,
        current,
        false,
        currencyYears,
        evidenceThreshold,
        codeOfPracticeId,
        stages);
  }

  /**
   * A career stage.
   *
   * @param order its place along the progression, as the file gives it
   * @param requirements competency code to required level, in file order; a competency that is not
   *     required is absent
   */
  public record StageDefinition(
      String id, String code, String title, int order, Map<String, Integer> requirements) {

    public StageDefinition {
      requirements = Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
    }
  }
}
