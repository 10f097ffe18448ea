package org.linkworker.trellis.catalogue.boundary;

import jakarta.validation.constraints.Size;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.Lengths;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * What a catalogue search asks for; every part is optional and the parts add up. A competency is a
 * code of {@code framework} (none: the default framework); with a level it finds courses mapped to
 * that competency at exactly that level, as provision counts them. {@code words} are matched, each
 * of them, in a course's title, description or code, in any case. {@code status} narrows to one
 * status; without it a search shows published courses and the caller's own drafts.
 */
public record CourseQuery(
    @Size(max = Lengths.COMPETENCY_CODE, message = "{course.mapping.competency.size}") @SingleLine
        String competency,
    Integer level,
    @Size(max = Lengths.TITLE, message = "{courseQuery.words.size}") @SingleLine String words,
    DeliveryMode deliveryMode,
    @Size(max = Lengths.IDENTIFIER, message = "{courseQuery.provider.size}") @SingleLine
        String provider,
    CourseStatus status,
    @Size(max = Lengths.COMPETENCY_CODE) @SingleLine String framework) {

  public CourseQuery {
    competency = Blank.orNull(competency);
    words = Blank.orNull(words);
    provider = Blank.orNull(provider);
    framework = Blank.orNull(framework);
  }

  /** Every published course (and the caller's own drafts). */
  public static CourseQuery everything() {
    return new CourseQuery(null, null, null, null, null, null, null);
  }
}
