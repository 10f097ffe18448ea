package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.linkworker.trellis.workforce.entity.AppliesTo;
import org.linkworker.trellis.workforce.entity.WindowKind;

/**
 * A requirement scheme as pages and the API show it.
 *
 * @param organisation the organisation that defined it, or null for a national scheme
 * @param windowYears the years of a rolling window, or null
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "code",
  "title",
  "organisation",
  "window",
  "windowYears",
  "appliesTo",
  "parts",
  "items",
  "version"
})
public record SchemeView(
    String id,
    String code,
    String title,
    String organisation,
    WindowKind window,
    Integer windowYears,
    AppliesTo appliesTo,
    List<PartView> parts,
    List<ItemView> items,
    long version)
    implements Serializable {

  public SchemeView {
    parts = List.copyOf(parts);
    items = List.copyOf(items);
  }

  /**
   * @param activityTypes the types that count, empty for every type
   */
  @JsonbPropertyOrder({"part", "measure", "required", "activityTypes"})
  public record PartView(
      String part, String measure, BigDecimal required, List<String> activityTypes)
      implements Serializable {}

  @JsonbPropertyOrder({"competency", "months"})
  public record ItemView(String competency, int months) implements Serializable {}
}
