package org.linkworker.trellis.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.catalogue.boundary.CatalogueTestBed.details;
import static org.linkworker.trellis.catalogue.boundary.CatalogueTestBed.develops;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.testing.StatementCounter;

class CourseServiceTest {

  private final CatalogueTestBed bed = new CatalogueTestBed();

  @AfterEach
  void close() {
    bed.close();
  }

  private Page<CourseView> search(Caller caller, CourseQuery query) {
    return bed.courses(s -> s.search(caller, query, 0, 100));
  }

  private java.util.Optional<CourseView> find(Caller caller, String id) {
    return bed.courses(s -> s.find(caller, id));
  }

  private java.util.Optional<CourseView> delete(Caller caller, String id) {
    return bed.courses(s -> s.delete(caller, id));
  }

  private static CourseQuery competency(String code, Integer level) {
    return new CourseQuery(code, level, null, null, null, null, null);
  }

  private static CourseQuery words(String words) {
    return new CourseQuery(null, null, words, null, null, null, null);
  }

  @Test
  void aProviderAddsADraftCourseWhoseCpdHoursDefaultToItsHours() {
    CourseView course =
        bed.create(
            bed.pat,
            details(
                "CLP-1", "Listening well", "6.5", null, develops("PC.2", 2), develops("PC.1", 1)));

    assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
    assertThat(course.provider()).isEqualTo(bed.providerA);
    assertThat(course.providerName()).isEqualTo("Community Learning Partnership");
    assertThat(course.cpdHours()).isEqualByComparingTo("6.5");
    assertThat(course.mappings())
        .containsExactly(
            new MappingView("PC.1", 1, MappingStrength.DEVELOPS, "LWCF"),
            new MappingView("PC.2", 2, MappingStrength.DEVELOPS, "LWCF"));
    assertThat(find(bed.pat, course.id())).contains(course);
  }

  @Test
  void onlyAProvidersPeopleAddCourses() {
    for (Caller caller : List.of(bed.alex, bed.emma, bed.steward)) {
      assertThatThrownBy(() -> bed.create(caller, details("X", "Not mine", "1", null)))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void hoursOutsideAQuarterToAThousandAreRefusedWithTheRangeInTheMessage() {
    for (String hours : List.of("0.2", "0", "-1", "1000.01", "5000")) {
      assertThatThrownBy(() -> bed.create(bed.pat, details(null, "Short", hours, null)))
          .isInstanceOf(ConstraintViolationException.class)
          .hasMessageContaining("Hours must be between 0.25 and 1,000.");
    }
    assertThat(bed.create(bed.pat, details(null, "Shortest", "0.25", null)).hours())
        .isEqualByComparingTo("0.25");
    assertThat(bed.create(bed.pat, details(null, "Longest", "1000", null)).hours())
        .isEqualByComparingTo("1000");
  }

  @Test
  void onlyHttpAndHttpsAddressesAreTaken() {
    for (String url :
        List.of("ftp://example.org/x", "javascript:alert(1)", "example.org", "https://")) {
      CourseDetails bad =
          new CourseDetails(
              null,
              "Course",
              null,
              DeliveryMode.ONLINE,
              BigDecimal.ONE,
              null,
              null,
              url,
              null,
              null);
      assertThatThrownBy(() -> bed.create(bed.pat, bad))
          .as(url)
          .isInstanceOf(ConstraintViolationException.class)
          .hasMessageContaining("http:// or https://");
    }
    CourseDetails good =
        new CourseDetails(
            null,
            "Course",
            null,
            DeliveryMode.ONLINE,
            BigDecimal.ONE,
            null,
            null,
            "HTTPS://Example.org/a?b=c",
            null,
            null);
    assertThat(bed.create(bed.pat, good).url()).isEqualTo("HTTPS://Example.org/a?b=c");
  }

  @Test
  void anUnknownCompetencyAndALevelOffTheScaleAreNamedInTheirFields() {
    assertThatThrownBy(
            () ->
                bed.create(
                    bed.pat,
                    details(null, "Course", "2", null, develops("XX.9", 1), develops("PC.1", 5))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.fieldErrors())
                    .containsExactlyInAnyOrderEntriesOf(
                        Map.of(
                            "mappings[0].competency",
                            "XX.9 is not a competency of LWCF version 1.",
                            "mappings[1].level",
                            "5 is not a level of LWCF (its levels run from 1 to 4).")));
    assertThat(search(bed.pat, CourseQuery.everything()).total()).isZero();
  }

  @Test
  void aCompetencyMappedTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                bed.create(
                    bed.pat,
                    details(null, "Course", "2", null, develops("PC.1", 1), develops("PC.1", 2))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("mappings[1].competency"));
  }

  @Test
  void aMappingWithoutLevelOrStrengthIsRefusedByItsConstraints() {
    CourseDetails course = details(null, "Course", "2", null, new MappingInput("PC.1", null, null));
    assertThatThrownBy(() -> bed.create(bed.pat, course))
        .isInstanceOfSatisfying(
            ConstraintViolationException.class,
            e ->
                assertThat(
                        e.getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessage)
                            .toList())
                    .contains(
                        "Give the level the course develops, such as 2.",
                        "Say whether the course INTRODUCES, DEVELOPS or ASSESSES the competency."));
  }

  @Test
  void aProvidersOwnCodesAreUnique() {
    bed.create(bed.pat, details("CLP-1", "First", "1", null));
    assertThatThrownBy(() -> bed.create(bed.pat, details("CLP-1", "Second", "1", null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("code"));
    assertThat(bed.create(bed.quinn, details("CLP-1", "Another provider's", "1", null)).code())
        .isEqualTo("CLP-1");
  }

  @Test
  void anotherProviderCannotChangeACourseAndCannotSeeADraft() {
    CourseView published =
        bed.create(bed.pat, details(null, "Published", "1", CourseStatus.PUBLISHED));
    CourseView draft = bed.create(bed.pat, details(null, "Draft", "1", null));

    assertThatThrownBy(
            () ->
                bed.courses(
                    s -> s.update(bed.quinn, published.id(), 0, details(null, "Taken", "1", null))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                bed.courses(
                    s -> s.update(bed.quinn, draft.id(), 0, details(null, "Taken", "1", null))))
        .isInstanceOf(NotVisibleException.class);
    assertThatThrownBy(() -> delete(bed.quinn, published.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(find(bed.quinn, draft.id())).isEmpty();
    assertThat(find(bed.alex, draft.id())).isEmpty();
    assertThat(find(bed.alex, published.id())).isPresent();
    assertThat(find(bed.pat, published.id()).orElseThrow().title()).isEqualTo("Published");
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    CourseView course = bed.create(bed.pat, details(null, "Original", "1", null));
    CourseView renamed =
        bed.courses(
            s ->
                s.update(
                    bed.pat, course.id(), course.version(), details(null, "Renamed", "1", null)));
    assertThat(renamed.version()).isGreaterThan(course.version());

    assertThatThrownBy(
            () ->
                bed.courses(
                    s ->
                        s.update(
                            bed.pat,
                            course.id(),
                            course.version(),
                            details(null, "Lost", "1", null))))
        .isInstanceOf(StaleVersionException.class);
    assertThat(find(bed.pat, course.id()).orElseThrow().title()).isEqualTo("Renamed");
  }

  @Test
  void anUpdateThatLeavesOutMappingsAndStatusKeepsThem() {
    CourseView course =
        bed.create(
            bed.pat, details(null, "Course", "1", CourseStatus.PUBLISHED, develops("PC.1", 2)));
    CourseDetails textOnly =
        new CourseDetails(
            null,
            "Course, renamed",
            null,
            DeliveryMode.BLENDED,
            BigDecimal.TEN,
            null,
            null,
            null,
            null,
            null);
    CourseView changed =
        bed.courses(s -> s.update(bed.pat, course.id(), course.version(), textOnly));

    assertThat(changed.status()).isEqualTo(CourseStatus.PUBLISHED);
    assertThat(changed.mappings()).isEqualTo(course.mappings());
    assertThat(changed.deliveryMode()).isEqualTo(DeliveryMode.BLENDED);
  }

  @Test
  void aCourseOnceOfferedNeverGoesBackToDraftAndADraftIsNotWithdrawn() {
    CourseView published =
        bed.create(bed.pat, details(null, "Published", "1", CourseStatus.PUBLISHED));
    assertThatThrownBy(
            () ->
                bed.courses(
                    s ->
                        s.update(
                            bed.pat,
                            published.id(),
                            published.version(),
                            details(null, "Published", "1", CourseStatus.DRAFT))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("status"));
    assertThatThrownBy(
            () -> bed.create(bed.pat, details(null, "Draft", "1", CourseStatus.WITHDRAWN)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void deletingADraftRemovesItAndDeletingAPublishedCourseWithdrawsIt() {
    CourseView draft = bed.create(bed.pat, details(null, "Draft", "1", null));
    CourseView published =
        bed.create(
            bed.pat, details(null, "Published", "1", CourseStatus.PUBLISHED, develops("PC.1", 1)));

    assertThat(delete(bed.pat, draft.id())).isEmpty();
    assertThat(find(bed.pat, draft.id())).isEmpty();

    assertThat(delete(bed.pat, published.id()).orElseThrow().status())
        .isEqualTo(CourseStatus.WITHDRAWN);
    assertThat(search(bed.alex, competency("PC.1", 1)).total()).isZero();
    assertThat(search(bed.pat, CourseQuery.everything()).items()).isEmpty();
    assertThat(find(bed.pat, published.id())).isPresent();
    assertThat(
            search(
                    bed.pat,
                    new CourseQuery(null, null, null, null, null, CourseStatus.WITHDRAWN, null))
                .items())
        .extracting(CourseView::title)
        .containsExactly("Published");
    assertThat(
            search(
                    bed.quinn,
                    new CourseQuery(null, null, null, null, null, CourseStatus.WITHDRAWN, null))
                .items())
        .isEmpty();
  }

  @Test
  void searchShowsPublishedCoursesAndOnlyTheCallersOwnDrafts() {
    bed.create(bed.pat, details(null, "Pat published", "1", CourseStatus.PUBLISHED));
    bed.create(bed.pat, details(null, "Pat draft", "1", null));
    bed.create(bed.quinn, details(null, "Quinn draft", "1", null));

    assertThat(search(bed.pat, CourseQuery.everything()).items())
        .extracting(CourseView::title)
        .containsExactly("Pat draft", "Pat published");
    assertThat(search(bed.quinn, CourseQuery.everything()).items())
        .extracting(CourseView::title)
        .containsExactly("Pat published", "Quinn draft");
    assertThat(search(bed.alex, CourseQuery.everything()).items())
        .extracting(CourseView::title)
        .containsExactly("Pat published");
  }

  @Test
  void searchByCompetencyAndLevelFindsTheCoursesMappedExactlyThere() {
    bed.create(bed.pat, details(null, "A", "1", CourseStatus.PUBLISHED, develops("PC.1", 2)));
    bed.create(
        bed.pat,
        details(null, "B", "1", CourseStatus.PUBLISHED, develops("PC.1", 3), develops("CC.2", 2)));
    bed.create(bed.quinn, details(null, "C", "1", CourseStatus.PUBLISHED, develops("CC.2", 2)));

    assertThat(search(bed.alex, competency("PC.1", null)).items())
        .extracting(CourseView::title)
        .containsExactly("A", "B");
    assertThat(search(bed.alex, competency("PC.1", 2)).items())
        .extracting(CourseView::title)
        .containsExactly("A");
    assertThat(search(bed.alex, competency(null, 2)).items())
        .extracting(CourseView::title)
        .containsExactly("A", "B", "C");
    assertThat(
            search(bed.alex, new CourseQuery("CC.2", 2, null, null, bed.providerB, null, null))
                .items())
        .extracting(CourseView::title)
        .containsExactly("C");
    assertThat(search(bed.alex, competency("CC.2", 2)).items().get(0).mappings()).hasSize(2);
  }

  @Test
  void searchByAnUnknownCompetencyOrLevelSaysWhatIsWrong() {
    assertThatThrownBy(() -> search(bed.alex, competency("ZZ.1", null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("competency"));
    assertThatThrownBy(() -> search(bed.alex, competency("PC.1", 9)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("level"));
  }

  @Test
  void searchWordsMatchEveryWordInTitleDescriptionOrCodeInAnyCase() {
    bed.create(bed.pat, details("SAFE-1", "Safeguarding adults", "1", CourseStatus.PUBLISHED));
    bed.create(bed.pat, details("MI-1", "Motivational interviewing", "1", CourseStatus.PUBLISHED));
    bed.create(bed.pat, details("100%", "Full marks", "1", CourseStatus.PUBLISHED));

    assertThat(search(bed.alex, words("SAFEGUARDING")).items())
        .extracting(CourseView::title)
        .containsExactly("Safeguarding adults");
    assertThat(search(bed.alex, words("about interviewing")).items())
        .extracting(CourseView::title)
        .containsExactly("Motivational interviewing");
    assertThat(search(bed.alex, words("mi-1")).total()).isEqualTo(1);
    assertThat(search(bed.alex, words("%")).items())
        .extracting(CourseView::title)
        .containsExactly("Full marks");
    assertThat(search(bed.alex, words("safeguarding nothing-like-this")).total()).isZero();
  }

  @Test
  void searchFiltersByDeliveryModeAndPagesWithTheWholeCount() {
    for (int i = 0; i < 7; i++) {
      bed.create(bed.pat, details(null, "Course " + i, "1", CourseStatus.PUBLISHED));
    }
    Page<CourseView> page = bed.courses(s -> s.search(bed.alex, CourseQuery.everything(), 5, 5));
    assertThat(page.total()).isEqualTo(7);
    assertThat(page.items()).extracting(CourseView::title).containsExactly("Course 5", "Course 6");
    assertThat(
            search(
                    bed.alex,
                    new CourseQuery(null, null, null, DeliveryMode.IN_PERSON, null, null, null))
                .total())
        .isZero();
  }

  @Test
  void aSearchPageCostsTheSameStatementsForOneCourseAsForForty() {
    bed.create(bed.pat, details(null, "First", "1", CourseStatus.PUBLISHED, develops("PC.1", 1)));
    int one = StatementCounter.during(() -> search(bed.alex, competency("PC.1", null)));
    IntStream.range(0, 40)
        .forEach(
            i ->
                bed.create(
                    bed.pat,
                    details(
                        null,
                        "Course " + i,
                        "1",
                        CourseStatus.PUBLISHED,
                        develops("PC.1", 1),
                        develops("PC.2", 2))));
    int forty =
        StatementCounter.during(
            () -> assertThat(search(bed.alex, competency("PC.1", null)).items()).hasSize(41));
    assertThat(forty).isEqualTo(one).isLessThanOrEqualTo(3);
  }

  @Test
  void provisionCountsPublishedCoursesAtEveryCompetencyAndLevel() {
    bed.create(bed.pat, details(null, "A", "1", CourseStatus.PUBLISHED, develops("PC.1", 2)));
    bed.create(
        bed.quinn,
        details(null, "B", "1", CourseStatus.PUBLISHED, develops("PC.1", 2), develops("CC.1", 1)));
    bed.create(bed.pat, details(null, "Draft", "1", null, develops("PC.1", 1)));

    List<ProvisionCell> cells = bed.courses(s -> s.provision(bed.alex, null));

    assertThat(cells).hasSize(46 * 4);
    assertThat(cells)
        .contains(new ProvisionCell("PC.1", 2, 2, 0), new ProvisionCell("CC.1", 1, 1, 0));
    assertThat(cells).contains(new ProvisionCell("PC.1", 1, 0, 0));
    assertThat(cells.stream().filter(ProvisionCell::gap)).hasSize(46 * 4 - 2);
  }

  @Test
  void aProvidersCoverageIsTheShareOfPairsWithOneOfItsPublishedCourses() {
    bed.create(
        bed.pat,
        details(null, "A", "1", CourseStatus.PUBLISHED, develops("PC.1", 1), develops("PC.2", 2)));
    bed.create(bed.pat, details(null, "Draft", "1", null, develops("PC.3", 1)));
    bed.create(
        bed.quinn, details(null, "Not Pat's", "1", CourseStatus.PUBLISHED, develops("CC.1", 1)));

    ProviderCoverage coverage = bed.courses(s -> s.coverage(bed.pat, bed.providerA, null));
    assertThat(coverage.pairs()).isEqualTo(184);
    assertThat(coverage.covered()).isEqualTo(2);
    assertThat(coverage.share()).isEqualTo(2.0 / 184);
    assertThat(coverage.domains()).hasSize(8);

    assertThatThrownBy(() -> bed.courses(s -> s.coverage(bed.quinn, bed.providerA, null)))
        .isInstanceOf(NotVisibleException.class);
    assertThat(bed.courses(s -> s.coverage(bed.steward, bed.providerA, null)).covered())
        .isEqualTo(2);
  }

  @Test
  void aMatrixColumnIsSavedAsOneUpdateOfTheCoursesMappings() {
    CourseView course =
        bed.create(bed.pat, details(null, "Course", "1", null, develops("PC.1", 1)));
    CourseView mapped =
        bed.courses(
            s ->
                s.update(
                    bed.pat,
                    course.id(),
                    course.version(),
                    details(
                        null,
                        "Course",
                        "1",
                        null,
                        develops("PC.1", 1),
                        new MappingInput("CC.3", 2, MappingStrength.ASSESSES))));
    assertThat(mapped.mappings())
        .containsExactly(
            new MappingView("CC.3", 2, MappingStrength.ASSESSES, "LWCF"),
            new MappingView("PC.1", 1, MappingStrength.DEVELOPS, "LWCF"));

    CourseView unmapped =
        bed.courses(
            s ->
                s.update(
                    bed.pat,
                    course.id(),
                    mapped.version(),
                    details(
                        null,
                        "Course",
                        "1",
                        null,
                        new MappingInput("CC.3", 2, MappingStrength.ASSESSES))));
    assertThat(unmapped.mappings())
        .containsExactly(new MappingView("CC.3", 2, MappingStrength.ASSESSES, "LWCF"));

    assertThatThrownBy(
            () ->
                bed.courses(
                    s ->
                        s.update(
                            bed.pat,
                            course.id(),
                            unmapped.version(),
                            details(null, "Course", "1", null, develops("CC.3", 7)))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("mappings[0].level"));
    assertThatThrownBy(
            () ->
                bed.courses(
                    s ->
                        s.update(
                            bed.pat,
                            course.id(),
                            course.version(),
                            details(null, "Course", "1", null, develops("CC.3", 1)))))
        .isInstanceOf(StaleVersionException.class);
  }
}
