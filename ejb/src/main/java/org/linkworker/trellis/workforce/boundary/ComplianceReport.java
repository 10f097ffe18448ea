package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's compliance with one requirement scheme on one day (PRODUCT.md: Compliance), as pages,
 * exports and the API show it.
 *
 * @param scheme the scheme's code ({@code ASSOCIATION}, {@code THREE_YEAR}, an employer's own)
 * @param title the scheme's name for people
 * @param on the day asked about
 * @param window the window the parts are counted over
 * @param met whether every part is met
 */
@JsonbPropertyOrder({"scheme", "title", "on", "window", "met", "status", "parts"})
public record ComplianceReport(
    String scheme,
    String title,
    LocalDate on,
    Window window,
    boolean met,
    ComplianceStatus status,
    List<Part> parts)
    implements Serializable {

  public ComplianceReport {
    parts = List.copyOf(parts);
  }

  /** The first and last day counted, both inclusive. */
  @JsonbPropertyOrder({"from", "to"})
  public record Window(LocalDate from, LocalDate to) implements Serializable {}

  /**
   * One part of a scheme: what it requires, what the counted entries achieve, and what is missing.
   *
   * @param part the part's code ({@code points}, {@code formalHours}, ...; a competency code for a
   *     mandatory-training item)
   * @param lapses the first day on which a met part stops being met if nothing more is recorded, or
   *     null where the part does not lapse within its window
   */
  @JsonbPropertyOrder({"part", "required", "achieved", "missing", "met", "lapses"})
  public record Part(
      String part,
      BigDecimal required,
      BigDecimal achieved,
      BigDecimal missing,
      boolean met,
      LocalDate lapses)
      implements Serializable {}
}
