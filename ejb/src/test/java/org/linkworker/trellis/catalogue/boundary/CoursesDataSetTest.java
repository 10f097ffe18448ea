package org.linkworker.trellis.catalogue.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.IdentityTestAccess;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.platform.data.JsonFields;

/** The shipped demo catalogue, loaded by its data-set step. */
class CoursesDataSetTest {

  private static final String CLP = "d0c267bd-f07b-49f3-a266-4ac89251e216";
  private static final String NWA = "5b0f3c8e-2a7d-4d61-9f0e-7c1a6e4b9d21";

  private final CatalogueTestBed bed = new CatalogueTestBed().withSecondProfession();

  @AfterEach
  void close() {
    bed.close();
  }

  private CoursesDataSetStep step(EntityManager em) {
    CoursesDataSetStep step = new CoursesDataSetStep();
    step.em = em;
    step.audit = IdentityTestAccess.auditLog(em, bed.clock);
    step.validator = org.linkworker.trellis.testing.MethodValidation.validator();
    step.frameworks = bed.frameworks;
    return step;
  }

  private void load(JsonObject content) {
    bed.query(
        em -> {
          if (em.find(Organisation.class, CLP) == null) {
            em.persist(
                new Organisation(CLP, "Community Learning Partnership", OrganisationKind.PROVIDER));
            em.persist(
                new Organisation(NWA, "Northern Wellbeing Academy", OrganisationKind.PROVIDER));
          }
          step(em).load(content, "courses.json");
          return null;
        });
  }

  private JsonObject shipped() {
    DataFile file = DataSetManifest.open(getClass().getClassLoader(), "demo/courses.json");
    return JsonFields.parse(file);
  }

  private List<CourseView> courses(String provider) {
    Caller own = new Caller("p", "P", Set.of(Role.PROVIDER), provider);
    return bed.courses(s -> s.coursesOf(own, provider));
  }

  @Test
  void communityLearningPartnershipHasTenCoursesAndASecondProviderHasItsOwn() {
    load(shipped());

    List<CourseView> clp = courses(CLP);
    assertThat(clp).hasSize(10);
    assertThat(clp).extracting(CourseView::status).contains(CourseStatus.DRAFT);
    assertThat(courses(NWA)).isNotEmpty();
    assertThat(courses(NWA))
        .extracting(CourseView::status)
        .contains(CourseStatus.PUBLISHED, CourseStatus.WITHDRAWN);
  }

  @Test
  void aSecondProvidersCourseIsMappedToTheHealthAndWellbeingCoachFrameworkByNamingIt() {
    load(shipped());

    CourseView coaching =
        courses(NWA).stream().filter(c -> "NWA-07".equals(c.code())).findFirst().orElseThrow();
    assertThat(coaching.status()).isEqualTo(CourseStatus.PUBLISHED);
    assertThat(coaching.mappings())
        .extracting(MappingView::competency, MappingView::level, MappingView::framework)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BC.1", 2, "HWBC"),
            org.assertj.core.groups.Tuple.tuple("BC.2", 1, "HWBC"),
            org.assertj.core.groups.Tuple.tuple("CO.2", 2, "HWBC"),
            org.assertj.core.groups.Tuple.tuple("CO.3", 2, "HWBC"),
            org.assertj.core.groups.Tuple.tuple("PS.2", 1, "HWBC"));
    List<ProvisionCell> hwbc = bed.courses(s -> s.provision(bed.alex, "HWBC"));
    assertThat(hwbc.stream().filter(c -> !c.gap()))
        .extracting(c -> c.competency() + ":" + c.level())
        .containsExactlyInAnyOrder("CO.2:2", "CO.3:2", "BC.1:2", "BC.2:1", "PS.2:1");
    // The link worker framework's provision is as it was: the coaching course is not in it.
    assertThat(bed.courses(s -> s.provision(bed.alex, null)).stream().filter(c -> !c.gap()))
        .hasSize(38);
  }

  @Test
  void aMappingNamingAFrameworkThatIsNotCurrentStopsTheLoadNamingIt() {
    JsonObject bad =
        Json.createObjectBuilder()
            .add(
                "courses",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("identifier", "00000000-0000-4000-8000-000000000002")
                            .add("provider", NWA)
                            .add("title", "Bad")
                            .add("deliveryMode", "ONLINE")
                            .add("hours", 1)
                            .add("status", "PUBLISHED")
                            .add(
                                "mappings", Json.createArrayBuilder().add("CCWF:CO.1:1:DEVELOPS"))))
            .build();
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("CCWF");
  }

  @Test
  void theDemoCatalogueLeavesVisibleGapsInProvision() {
    load(shipped());

    List<ProvisionCell> cells = bed.courses(s -> s.provision(bed.alex, null));
    long gaps = cells.stream().filter(ProvisionCell::gap).count();
    assertThat(gaps).isGreaterThan(cells.size() / 2).isLessThan(cells.size());
  }

  @Test
  void loadingTheDataSetAgainChangesNothing() {
    load(shipped());
    List<CourseView> first = courses(CLP);
    load(shipped());
    assertThat(courses(CLP)).isEqualTo(first);
  }

  @Test
  void aCourseMappedToACompetencyTheFrameworkLacksStopsTheLoadNamingIt() {
    JsonObject bad =
        Json.createObjectBuilder()
            .add(
                "courses",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("identifier", "00000000-0000-4000-8000-000000000001")
                            .add("provider", CLP)
                            .add("title", "Bad")
                            .add("deliveryMode", "ONLINE")
                            .add("hours", 1)
                            .add("status", "PUBLISHED")
                            .add("mappings", Json.createArrayBuilder().add("ZZ.9:1:DEVELOPS"))))
            .build();
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("ZZ.9");
  }
}
