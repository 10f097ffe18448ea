package org.linkworker.trellis.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.catalogue.boundary.CatalogueTestBed.details;
import static org.linkworker.trellis.catalogue.boundary.CatalogueTestBed.develops;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.platform.StaleVersionException;

/**
 * The published courses kept between reports: read once, then kept until a transaction that changes
 * courses commits, whichever way it changes them; a change rolled back changes nothing.
 */
class PublishedCatalogueTest {

  private final CatalogueTestBed bed = new CatalogueTestBed();

  /** One catalogue for the whole test, as the container keeps one for the application. */
  private final PublishedCatalogue catalogue = new PublishedCatalogue();

  @AfterEach
  void close() {
    bed.close();
  }

  private <T> T withCatalogue(Function<CourseService, T> call) {
    return bed.query(
        em -> {
          catalogue.em = em;
          CourseService service = bed.courses(em);
          service.catalogue = catalogue;
          return call.apply(service);
        });
  }

  private Map<String, Map<String, Integer>> published() {
    return withCatalogue(CourseService::published).stream()
        .collect(
            java.util.stream.Collectors.toMap(PublishedCourse::title, PublishedCourse::levels));
  }

  private CourseView create(String title, CourseStatus status, MappingInput... mappings) {
    return withCatalogue(s -> s.create(bed.pat, details(null, title, "2", status, mappings)));
  }

  @Test
  void theCoursesAreKeptUntilACourseIsCreatedChangedOrWithdrawnThroughTheService() {
    CourseView first = create("First", CourseStatus.PUBLISHED, develops("CR.1", 2));
    assertThat(published()).containsOnlyKeys("First");

    // A row written behind the service's back shows that the list is kept, not read again.
    bed.courses(
        s ->
            s.create(
                bed.pat,
                details(null, "Hidden", "1", CourseStatus.PUBLISHED, develops("CR.5", 1))));
    assertThat(published()).containsOnlyKeys("First");

    create("Second", CourseStatus.PUBLISHED, develops("CR.2", 3));
    assertThat(published()).containsOnlyKeys("First", "Second", "Hidden");

    // A change of mappings alone.
    withCatalogue(
        s ->
            s.update(
                bed.pat,
                first.id(),
                first.version(),
                details(null, "First", "2", null, develops("CR.1", 4))));
    assertThat(published().get("First").values()).containsExactly(4);

    withCatalogue(s -> s.delete(bed.pat, first.id()));
    assertThat(published()).containsOnlyKeys("Second", "Hidden");
  }

  @Test
  void aChangeRolledBackLeavesTheKeptCoursesAsTheyWere() {
    CourseView first = create("First", CourseStatus.PUBLISHED, develops("CR.1", 2));
    assertThat(published()).containsOnlyKeys("First");

    assertThatThrownBy(
            () ->
                withCatalogue(
                    s ->
                        s.update(
                            bed.pat,
                            first.id(),
                            first.version() + 7,
                            details(null, "Renamed", "2", null))))
        .isInstanceOf(StaleVersionException.class);
    assertThat(published()).containsOnlyKeys("First");
  }

  @Test
  void aDraftIsNotPublishedUntilItMovesAndThenIsReadAgain() {
    CourseView draft = create("Draft", CourseStatus.DRAFT, develops("CR.3", 1));
    assertThat(published()).isEmpty();
    withCatalogue(
        s ->
            s.update(
                bed.pat,
                draft.id(),
                draft.version(),
                details(null, "Draft", "2", CourseStatus.PUBLISHED, develops("CR.3", 1))));
    assertThat(published()).containsOnlyKeys("Draft");
    List<PublishedCourse> twice = withCatalogue(CourseService::published);
    assertThat(withCatalogue(CourseService::published)).isSameAs(twice);
  }
}
