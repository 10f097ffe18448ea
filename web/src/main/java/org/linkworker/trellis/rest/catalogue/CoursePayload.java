package org.linkworker.trellis.rest.catalogue;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.catalogue.boundary.CourseDetails;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;

/**
 * The body of {@code POST /api/courses} and {@code PUT /api/courses/{id}}. Left out: {@code
 * cpdHours} is the course's hours; {@code status} is DRAFT for a new course and unchanged for one
 * stored; {@code mappings} is none for a new course and unchanged for one stored. An update carries
 * the {@code version} it read.
 */
@Schema(name = "CourseInput", description = "A course as its provider writes it")
@JsonbPropertyOrder({
  "code",
  "title",
  "description",
  "deliveryMode",
  "hours",
  "cpdHours",
  "accreditation",
  "url",
  "status",
  "mappings",
  "version"
})
public record CoursePayload(
    @Schema(nullable = true, description = "The provider's own code", example = "CLP-101")
        String code,
    @Schema(example = "Listening to what matters") String title,
    @Schema(nullable = true) String description,
    DeliveryMode deliveryMode,
    @Schema(example = "6", description = "0.25 to 1,000") BigDecimal hours,
    @Schema(nullable = true, example = "6", description = "0.25 to 1,000; left out: hours")
        BigDecimal cpdHours,
    @Schema(nullable = true, example = "Personalised Care Institute") String accreditation,
    @Schema(nullable = true, example = "https://example.org/courses/clp-101") String url,
    @Schema(nullable = true) CourseStatus status,
    @Schema(nullable = true) List<MappingPayload> mappings,
    @Schema(nullable = true, description = "The version read; required to update") Long version) {

  CourseDetails toDetails() {
    return new CourseDetails(
        code,
        title,
        description,
        deliveryMode,
        hours,
        cpdHours,
        accreditation,
        url,
        status,
        mappings == null
            ? null
            : mappings.stream().map(m -> m == null ? null : m.toInput()).toList());
  }
}
