package org.linkworker.trellis.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedCatalogueTest {

  private final PublishedCatalogue catalogue = new PublishedCatalogue();

  private final List<String> reads = new ArrayList<>();

  private List<PublishedCourse> read(String title) {
    reads.add(title);
    return List.of(
        new PublishedCourse("c-" + title, null, title, BigDecimal.ONE, "P", Map.of("CR.1", 2)));
  }

  @Test
  void theCoursesAreReadOnceAndKeptUntilACourseChanges() {
    assertThat(catalogue.courses(() -> read("first")))
        .extracting(PublishedCourse::title)
        .containsExactly("first");
    assertThat(catalogue.courses(() -> read("second")))
        .extracting(PublishedCourse::title)
        .containsExactly("first");
    catalogue.changing();
    assertThat(catalogue.courses(() -> read("third")))
        .extracting(PublishedCourse::title)
        .containsExactly("third");
    assertThat(reads).containsExactly("first", "third");
  }

  @Test
  void aListReadWhileACourseChangedIsNotKept() {
    List<PublishedCourse> during =
        catalogue.courses(
            () -> {
              List<PublishedCourse> before = read("before the change");
              catalogue.changing();
              return before;
            });
    assertThat(during).extracting(PublishedCourse::title).containsExactly("before the change");
    assertThat(catalogue.courses(() -> read("after")))
        .extracting(PublishedCourse::title)
        .containsExactly("after");
  }
}
