package org.linkworker.trellis.rest.workforce;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.workforce.boundary.SchemeInput;

/**
 * The body of {@code POST /api/organisations/{id}/schemes} and {@code PUT /api/schemes/{id}}: an
 * employer's mandatory training. {@code version} is for the update only.
 */
@Schema(name = "SchemeInput", description = "An employer's mandatory-training scheme")
@JsonbPropertyOrder({"code", "title", "items", "version"})
public record SchemePayload(
    @Schema(example = "SAFEGUARDING", description = "Capitals, digits and underscores; kept")
        String code,
    @Schema(example = "Safeguarding refreshers") String title,
    @Schema(description = "At least one; each competency once") List<ItemPayload> items,
    @Schema(nullable = true, description = "The version that was read (updates only)")
        Long version) {

  /** One item: a competency of the framework and how often it must be refreshed. */
  @Schema(name = "SchemeItemInput")
  @JsonbPropertyOrder({"competency", "months"})
  public record ItemPayload(
      @Schema(example = "PC.1") String competency,
      @Schema(example = "12", description = "1 to 120") Integer months) {}

  SchemeInput toInput() {
    return new SchemeInput(
        code,
        title,
        items == null
            ? null
            : items.stream()
                .map(i -> i == null ? null : new SchemeInput.Item(i.competency(), i.months()))
                .toList());
  }
}
