package org.linkworker.trellis.catalogue.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.Lengths;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.MultiLine;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * A course as its provider writes it, checked with the constraints of the {@link Course} it becomes
 * (the same message keys). Texts arrive trimmed with blanks as none. Left out: {@code cpdHours}
 * means the course's hours; {@code status} means a draft for a new course and no change for one
 * stored; {@code mappings} means none for a new course and no change for one stored.
 *
 * @param code the provider's own code for the course, unique among its courses
 */
public record CourseDetails(
    @Size(max = Lengths.COURSE_CODE, message = "{course.code.size}") @SingleLine String code,
    @NotBlank(message = "{course.title.required}")
        @Size(max = Lengths.TITLE, message = "{course.title.size}")
        @SingleLine
        String title,
    @Size(max = Lengths.DESCRIPTION, message = "{course.description.size}") @MultiLine
        String description,
    @NotNull(message = "{course.deliveryMode.required}") DeliveryMode deliveryMode,
    @NotNull(message = "{course.hours.required}")
        @DecimalMin(value = Course.MIN_HOURS, message = "{course.hours.range}")
        @DecimalMax(value = Course.MAX_HOURS, message = "{course.hours.range}")
        @Digits(integer = 4, fraction = 2, message = "{course.hours.digits}")
        BigDecimal hours,
    @DecimalMin(value = Course.MIN_HOURS, message = "{course.cpdHours.range}")
        @DecimalMax(value = Course.MAX_HOURS, message = "{course.cpdHours.range}")
        @Digits(integer = 4, fraction = 2, message = "{course.cpdHours.digits}")
        BigDecimal cpdHours,
    @Size(max = Lengths.ACCREDITATION, message = "{course.accreditation.size}") @SingleLine
        String accreditation,
    @Size(max = Lengths.URL, message = "{course.url.size}")
        @Pattern(regexp = Course.URL_PATTERN, message = "{course.url.pattern}")
        String url,
    CourseStatus status,
    List<@NotNull(message = "{course.mapping.competency.required}") @Valid MappingInput> mappings) {

  public CourseDetails {
    code = Blank.orNull(code);
    title = title == null ? null : title.strip();
    description = Blank.orNull(description);
    accreditation = Blank.orNull(accreditation);
    url = Blank.orNull(url);
    mappings = mappings == null ? null : java.util.Collections.unmodifiableList(mappings);
  }
}
