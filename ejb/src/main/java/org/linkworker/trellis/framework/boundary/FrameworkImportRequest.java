package org.linkworker.trellis.framework.boundary;

import java.util.List;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportChoices;

/**
 * What the steward chose for the import of a CASE package; a null (or empty) choice leaves it to
 * the package.
 *
 * @param code the framework's code
 * @param version its version, else the CFDocument's, else 1
 * @param domainType the CFItemType whose items are domains (given with {@code competencyType})
 * @param competencyType the CFItemType whose items are competencies
 * @param scale level names, lowest first, instead of the package's rubric
 */
public record FrameworkImportRequest(
    String code, String version, String domainType, String competencyType, List<String> scale) {

  public FrameworkImportRequest {
    scale = scale == null ? List.of() : List.copyOf(scale);
  }

  /** Every choice left to the package. */
  public static FrameworkImportRequest asThePackageSays() {
    return new FrameworkImportRequest(null, null, null, null, List.of());
  }

  ImportChoices choices() {
    return new ImportChoices(code, version, domainType, competencyType, scale);
  }
}
