package org.linkworker.trellis.workforce.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.IdentityTestAccess;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.platform.data.JsonFields;
import org.linkworker.trellis.testing.MutableClock;
import org.linkworker.trellis.testing.TestDatabase;

/** The shipped demo schemes, loaded by their data-set step after the demo people. */
class SchemesDataSetTest {

  private static final String RIVERSIDE = "863499ea-4851-48ce-acdb-83621d23b2b9";

  private final TestDatabase database = TestDatabase.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
  private final CurrentFrameworks frameworks;
  private final Caller emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), RIVERSIDE);

  SchemesDataSetTest() {
    FrameworkTestAccess.importShippedFrameworks(database);
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    database.inTransaction(
        em -> {
          IdentityTestAccess.loadDemoPeople(em, clock, frameworks);
          return null;
        });
  }

  @AfterEach
  void close() {
    database.close();
  }

  private void load(JsonObject content) {
    database.inTransaction(
        em -> {
          SchemesDataSetStep step = new SchemesDataSetStep();
          step.em = em;
          step.frameworks = frameworks;
          step.clock = clock;
          step.load(content, "schemes.json");
          return null;
        });
  }

  private ComplianceService service(EntityManager em) {
    ComplianceService service = new ComplianceService();
    service.em = em;
    service.policy = new AccessPolicy();
    service.frameworks = frameworks;
    service.clock = clock;
    return service;
  }

  private static JsonObject shippedSchemes() {
    return JsonFields.parse(
        DataSetManifest.open(SchemesDataSetTest.class.getClassLoader(), "demo/schemes.json"));
  }

  @Test
  void riversideHasMandatoryTrainingAndJoIsUnderTheThreeYearSchemeOnceHoweverOftenItLoads() {
    load(shippedSchemes());
    load(shippedSchemes());
    List<SchemeView> riverside =
        database.inTransaction(em -> service(em).schemesOfOrganisation(emma, RIVERSIDE));
    assertThat(riverside).extracting(SchemeView::code).containsExactly("MANDATORY_TRAINING");
    assertThat(riverside.get(0).items()).hasSize(3);
    List<ComplianceReport> jo =
        database.inTransaction(em -> service(em).everyScheme(emma, "jo.senior", null));
    assertThat(jo)
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION", "THREE_YEAR", "MANDATORY_TRAINING");
    List<ComplianceReport> alex =
        database.inTransaction(em -> service(em).everyScheme(emma, "alex.link", null));
    assertThat(alex)
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION", "MANDATORY_TRAINING");
  }

  @Test
  void anItemThatIsNotACompetencyOfTheFrameworkIsRefusedNamingIt() {
    JsonObject bad =
        Json.createObjectBuilder()
            .add(
                "schemes",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("identifier", "3c6f1d2a-8b4e-4f7a-9c1d-5e2f8a7b6c09")
                            .add("organisation", RIVERSIDE)
                            .add("code", "BAD")
                            .add("title", "Bad")
                            .add("items", Json.createArrayBuilder().add("ZZ.9:12"))))
            .add("members", Json.createArrayBuilder())
            .build();
    assertThatThrownBy(() -> load(bad))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("ZZ.9:12");
  }

  @Test
  void northgatesMandatoryTrainingListsCoachingCompetenciesAndAppliesToItsCoaches() {
    load(shippedSchemes());
    String northgate = "3fcb4b70-f79a-4ffc-a71b-9592244ececa";
    Caller grace = new Caller("grace.employer", "Grace", Set.of(Role.EMPLOYER), northgate);

    List<SchemeView> schemes =
        database.inTransaction(em -> service(em).schemesOfOrganisation(grace, northgate));
    List<ComplianceReport> kofi =
        database.inTransaction(em -> service(em).everyScheme(grace, "kofi.coach", null));

    assertThat(schemes).singleElement().satisfies(s -> assertThat(s.items()).hasSize(2));
    assertThat(kofi)
        .extracting(ComplianceReport::scheme)
        .containsExactly("ASSOCIATION", "MANDATORY_TRAINING");
    assertThat(kofi.get(1).parts())
        .extracting(ComplianceReport.Part::part)
        .containsExactly("SP.2", "SP.3");
  }
}
