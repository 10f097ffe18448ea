package org.linkworker.trellis.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Shows an {@link Instant} as a UTC date and time ("25 Nov 2026, 14:03:09 UTC"). Mojarra 4.0's
 * {@code f:convertDateTime type="instant"} with a pattern formats through {@code java.util.Date}
 * and fails on an Instant, hence this small output-only converter.
 */
@FacesConverter("trellis.instant")
public class InstantConverter implements Converter<Instant> {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null || value.isBlank() ? null : Instant.parse(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value);
  }
}
