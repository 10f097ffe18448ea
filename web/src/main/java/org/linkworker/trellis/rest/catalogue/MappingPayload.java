package org.linkworker.trellis.rest.catalogue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.catalogue.boundary.MappingInput;
import org.linkworker.trellis.catalogue.entity.MappingStrength;

/** One mapping of a course in a request body. */
@Schema(name = "Mapping", description = "A competency the course develops, at a level")
@JsonbPropertyOrder({"competency", "level", "strength", "framework"})
public record MappingPayload(
    @Schema(example = "PC.1") String competency,
    @Schema(example = "2") Integer level,
    MappingStrength strength,
    @Schema(
            nullable = true,
            description = "The competency's framework code; left out, the default framework",
            example = "LWCF")
        String framework) {

  MappingInput toInput() {
    return new MappingInput(competency, level, strength, framework);
  }
}
