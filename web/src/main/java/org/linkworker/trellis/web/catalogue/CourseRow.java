package org.linkworker.trellis.web.catalogue;

import java.io.Serializable;
import java.util.List;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.boundary.MappingView;

/**
 * A course as the catalogue's pages list it, held in this package's own serialisable record.
 *
 * @param mappings the course's mappings, each as a competency code, a level and a strength name
 */
public record CourseRow(
    String id,
    String code,
    String title,
    String providerName,
    String deliveryMode,
    String hours,
    String cpdHours,
    String status,
    List<Mapping> mappings)
    implements Serializable {

  public CourseRow {
    mappings = List.copyOf(mappings);
  }

  /** One mapping of the course. */
  public record Mapping(String competency, int level, String strength) implements Serializable {}

  static CourseRow of(CourseView course) {
    return new CourseRow(
        course.id(),
        course.code(),
        course.title(),
        course.providerName(),
        course.deliveryMode().name(),
        course.hours().toPlainString(),
        course.cpdHours().toPlainString(),
        course.status().name(),
        course.mappings().stream().map(CourseRow::mapping).toList());
  }

  private static Mapping mapping(MappingView view) {
    return new Mapping(view.competency(), view.level(), view.strength().name());
  }

  public String getElementId() {
    return "course-" + id;
  }

  public boolean isPublished() {
    return "PUBLISHED".equals(status);
  }
}
