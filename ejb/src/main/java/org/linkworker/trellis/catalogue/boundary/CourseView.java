package org.linkworker.trellis.catalogue.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;

/**
 * A course as pages and the API show it (API.md's course), with its mappings ordered by competency
 * code.
 *
 * @param provider the identifier of the provider organisation that offers it
 * @param providerName that organisation's name
 */
@JsonbPropertyOrder({
  "id",
  "code",
  "title",
  "description",
  "deliveryMode",
  "hours",
  "cpdHours",
  "accreditation",
  "url",
  "status",
  "provider",
  "providerName",
  "version",
  "mappings"
})
public record CourseView(
    String id,
    String code,
    String title,
    String description,
    DeliveryMode deliveryMode,
    BigDecimal hours,
    BigDecimal cpdHours,
    String accreditation,
    String url,
    CourseStatus status,
    String provider,
    String providerName,
    long version,
    List<MappingView> mappings)
    implements Serializable {

  public CourseView {
    hours = plain(hours);
    cpdHours = plain(cpdHours);
    mappings = List.copyOf(mappings);
  }

  /** A number of hours as people write it: 6.5, not 6.50; 1000, not 1E+3. */
  private static BigDecimal plain(BigDecimal hours) {
    if (hours == null) {
      return null;
    }
    BigDecimal stripped = hours.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
