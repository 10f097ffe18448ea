package org.linkworker.trellis.workforce.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.linkworker.trellis.platform.validation.SingleLine;
import org.linkworker.trellis.workforce.entity.Lengths;
import org.linkworker.trellis.workforce.entity.RequirementScheme;
import org.linkworker.trellis.workforce.entity.SchemeItem;

/**
 * An employer's mandatory-training scheme as it is defined or revised: a code, a title and its
 * items, each a competency of the framework and a refresher interval in months.
 */
public record SchemeInput(
    @NotBlank(message = "{scheme.code.required}")
        @Pattern(regexp = RequirementScheme.CODE_PATTERN, message = "{scheme.code.pattern}")
        String code,
    @NotBlank(message = "{scheme.title.required}")
        @Size(max = Lengths.TITLE, message = "{scheme.title.size}")
        @SingleLine
        String title,
    @NotEmpty(message = "{scheme.items.required}") @Size(max = 100, message = "{scheme.items.size}")
        List<@Valid @NotNull(message = "{scheme.item.required}") Item> items)
    implements Serializable {

  /** One item: a competency code and its refresher interval. */
  public record Item(
      @NotBlank(message = "{scheme.item.competency.required}")
          @Size(max = Lengths.CODE, message = "{scheme.item.competency.required}")
          String competency,
      @NotNull(message = "{scheme.item.months.range}")
          @Min(value = 1, message = "{scheme.item.months.range}")
          @Max(value = SchemeItem.MAX_MONTHS, message = "{scheme.item.months.range}")
          Integer months)
      implements Serializable {}
}
