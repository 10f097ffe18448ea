package org.linkworker.trellis.catalogue.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linkworker.trellis.catalogue.entity.Lengths;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * One mapping as a provider gives it: a competency by its code, the level the course develops and a
 * strength. The competency is one of {@code framework} (a framework code; none means the default
 * framework); whether it and the level exist is checked against that framework.
 */
public record MappingInput(
    @NotBlank(message = "{course.mapping.competency.required}")
        @Size(max = Lengths.COMPETENCY_CODE, message = "{course.mapping.competency.size}")
        @SingleLine
        String competency,
    @NotNull(message = "{course.mapping.level.required}") Integer level,
    @NotNull(message = "{course.mapping.strength.required}") MappingStrength strength,
    @Size(max = Lengths.COMPETENCY_CODE) @SingleLine String framework) {

  public MappingInput {
    competency = Blank.orNull(competency);
    framework = Blank.orNull(framework);
  }

  public MappingInput(String competency, Integer level, MappingStrength strength) {
    this(competency, level, strength, null);
  }
}
