package org.linkworker.trellis.rest.framework;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.framework.boundary.FrameworkImportPreview;
import org.linkworker.trellis.framework.entity.FrameworkStatus;

/**
 * The answer to {@code POST /api/frameworks}: the draft framework and what became of the package.
 */
@Schema(
    name = "FrameworkImport",
    description =
        "A framework imported from CASE (or, with preview=true, what it would be): always a draft,"
            + " not current, with no career stages yet")
@JsonbPropertyOrder({"code", "version", "title", "status", "current", "stored", "import"})
public record FrameworkImportView(
    String code,
    String version,
    String title,
    FrameworkStatus status,
    boolean current,
    @Schema(description = "False for a preview: nothing was stored") boolean stored,
    @JsonbProperty("import")
        @Schema(
            description =
                "How the items became domains and competencies (classification CHOSEN_TYPES,"
                    + " PACKAGE_TYPES or DEPTH), where the levels came from (levelSource RUBRIC,"
                    + " CHOSEN_SCALE or DEFAULT_SCALE), what became of each CFItemType, and notes")
        FrameworkImportPreview preview) {

  static FrameworkImportView of(FrameworkImportPreview preview, boolean stored) {
    return new FrameworkImportView(
        preview.code(),
        preview.version(),
        preview.title(),
        FrameworkStatus.DRAFT,
        false,
        stored,
        preview);
  }
}
