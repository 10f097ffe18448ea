package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.platform.data.DataSetManifest.DemoStep;
import org.linkworker.trellis.platform.data.JsonFields;

/** The demo organisations and people of the shipped data set, loaded by their data-set steps. */
class IdentityDataSetTest {

  private static final String DEMO_PASSWORD = "trellis-demo-2026";

  private IdentityTestBed bed;

  @BeforeEach
  void setUp() {
    bed = new IdentityTestBed().withCurrentFramework().withSecondProfession();
  }

  @AfterEach
  void tearDown() {
    bed.close();
  }

  private OrganisationsDataSetStep organisationsStep(EntityManager em) {
    OrganisationsDataSetStep step = new OrganisationsDataSetStep();
    step.em = em;
    step.audit = bed.auditLog(em);
    return step;
  }

  private PeopleDataSetStep peopleStep(EntityManager em) {
    PeopleDataSetStep step = new PeopleDataSetStep();
    step.em = em;
    step.audit = bed.auditLog(em);
    step.frameworks = FrameworkTestAccess.currentFrameworks(em);
    step.hasher = bed.hasher;
    return step;
  }

  /** Runs the identity steps the shipped manifest names, in its order, in one transaction. */
  private void loadShippedDemo() {
    DataSetManifest manifest = DataSetManifest.load(getClass().getClassLoader());
    bed.query(
        em -> {
          for (DemoStep demo : manifest.demo()) {
            DataFile file = DataSetManifest.open(getClass().getClassLoader(), demo.file());
            JsonObject content = JsonFields.parse(file);
            switch (demo.kind()) {
              case OrganisationsDataSetStep.KIND ->
                  organisationsStep(em).load(content, file.name());
              case PeopleDataSetStep.KIND -> peopleStep(em).load(content, file.name());
              default -> {
                // Another component's step.
              }
            }
          }
          return null;
        });
  }

  private <T> List<T> all(Class<T> type) {
    return bed.query(
        em -> em.createQuery("select x from " + type.getSimpleName() + " x", type).getResultList());
  }

  private Map<String, Person> peopleByUsername() {
    return all(Person.class).stream().collect(Collectors.toMap(Person::getUsername, p -> p));
  }

  @Test
  void theManifestLoadsOrganisationsBeforePeople() {
    List<String> kinds =
        DataSetManifest.load(getClass().getClassLoader()).demo().stream()
            .map(DemoStep::kind)
            .toList();

    assertThat(kinds).containsSubsequence("organisations", "people");
  }

  @Test
  void loadsTheDemoOrganisationsAndPeople() {
    loadShippedDemo();

    assertThat(all(Organisation.class))
        .extracting(Organisation::getName, Organisation::getKind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "Riverside Primary Care Network", OrganisationKind.EMPLOYER),
            org.assertj.core.groups.Tuple.tuple(
                "Northgate Primary Care Network", OrganisationKind.EMPLOYER),
            org.assertj.core.groups.Tuple.tuple(
                "Community Learning Partnership", OrganisationKind.PROVIDER),
            org.assertj.core.groups.Tuple.tuple(
                "Northern Wellbeing Academy", OrganisationKind.PROVIDER));
    Map<String, Person> people = peopleByUsername();
    assertThat(people)
        .containsOnlyKeys(
            "steward",
            "emma.employer",
            "sam.supervisor",
            "lee.trainee",
            "alex.link",
            "priya.link",
            "jo.senior",
            "morgan.lead",
            "pat.provider",
            "nia.provider",
            "grace.employer",
            "owen.supervisor",
            "ruby.trainee",
            "kofi.coach",
            "hannah.coach",
            "dev.senior");
    assertThat(people.get("steward").getRoles()).containsExactly(Role.STEWARD);
    assertThat(people.get("steward").getOrganisation()).isNull();
    assertThat(people.get("emma.employer").getRoles()).containsExactly(Role.EMPLOYER);
    assertThat(people.get("sam.supervisor").getRoles())
        .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.LINK_WORKER);
    assertThat(people.get("sam.supervisor").getStageCode()).isEqualTo("SENIOR");
    assertThat(people.get("pat.provider").getOrganisation().getKind())
        .isEqualTo(OrganisationKind.PROVIDER);
    Map<String, String> stages =
        Map.of(
            "lee.trainee", "TRAINEE",
            "alex.link", "LINK_WORKER",
            "priya.link", "LINK_WORKER",
            "jo.senior", "SENIOR",
            "morgan.lead", "LEAD");
    stages.forEach(
        (username, stage) -> {
          Person worker = people.get(username);
          assertThat(worker.getStageCode()).as(username).isEqualTo(stage);
          assertThat(worker.getSupervisor().getUsername()).as(username).isEqualTo("sam.supervisor");
          assertThat(worker.getOrganisation().getName())
              .isEqualTo("Riverside Primary Care Network");
        });
  }

  @Test
  void northgatesPeopleAreHealthAndWellbeingCoachesOnTheirOwnFrameworksStages() {
    loadShippedDemo();

    Map<String, Person> people = peopleByUsername();
    assertThat(people.get("grace.employer").getRoles()).containsExactly(Role.EMPLOYER);
    assertThat(people.get("owen.supervisor").getRoles())
        .containsExactlyInAnyOrder(Role.SUPERVISOR, Role.LINK_WORKER);
    assertThat(people.get("owen.supervisor").getStageCode()).isEqualTo("LEAD_COACH");
    Map<String, String> stages =
        Map.of(
            "ruby.trainee", "TRAINEE_COACH",
            "kofi.coach", "COACH",
            "hannah.coach", "COACH",
            "dev.senior", "SENIOR_COACH");
    stages.forEach(
        (username, stage) -> {
          Person coach = people.get(username);
          assertThat(coach.getStageCode()).as(username).isEqualTo(stage);
          assertThat(coach.getSupervisor().getUsername()).as(username).isEqualTo("owen.supervisor");
          assertThat(coach.getOrganisation().getName()).isEqualTo("Northgate Primary Care Network");
        });
  }

  @Test
  void loadingTwiceAddsNothingTheSecondTime() {
    loadShippedDemo();
    int entries = bed.auditEntries().size();
    long derivations = bed.hasher.derivations();

    loadShippedDemo();

    assertThat(all(Organisation.class)).hasSize(4);
    assertThat(all(Person.class)).hasSize(16);
    assertThat(bed.auditEntries()).hasSize(entries);
    assertThat(bed.hasher.derivations()).isEqualTo(derivations);
  }

  @Test
  void everyDemoAccountSignsInWithTheDemoPassword() {
    loadShippedDemo();

    for (String username : peopleByUsername().keySet()) {
      Optional<Caller> caller = bed.accounts(a -> a.signIn(username, DEMO_PASSWORD, null));
      assertThat(caller).as(username).isPresent();
    }
  }

  @Test
  void theDemoPasswordIsHashedOnceForTheWholeFile() {
    long before = bed.hasher.derivations();

    loadShippedDemo();

    assertThat(bed.hasher.derivations() - before).isEqualTo(1);
    assertThat(all(Person.class).stream().map(Person::getPasswordHash).distinct()).hasSize(1);
  }

  @Test
  void theLoadIsAuditedAsTheSystem() {
    loadShippedDemo();

    assertThat(bed.auditEntries())
        .extracting(AuditEntry::getActor)
        .containsOnly(AuditEntry.SYSTEM)
        .hasSize(20);
  }

  private static final String RIVERSIDE = "863499ea-4851-48ce-acdb-83621d23b2b9";

  /** A people file of one link worker of the demo employer, with the given extra members. */
  private static JsonObject oneWorker(String identifier, Map<String, String> extra) {
    var person =
        Json.createObjectBuilder()
            .add("identifier", identifier)
            .add("username", "kim.new")
            .add("displayName", "Kim")
            .add("organisation", RIVERSIDE)
            .add("roles", Json.createArrayBuilder().add("LINK_WORKER"));
    extra.forEach(person::add);
    return Json.createObjectBuilder()
        .add("demoPassword", DEMO_PASSWORD)
        .add("people", Json.createArrayBuilder().add(person))
        .build();
  }

  private void loadPeople(JsonObject people) {
    loadShippedDemo();
    bed.query(
        em -> {
          peopleStep(em).load(people, "people.json");
          return null;
        });
  }

  @Test
  void aStageTheCurrentFrameworkDoesNotHaveNamesTheFileAndThePerson() {
    JsonObject people =
        oneWorker("4f1c2b7e-9a3d-4c5e-8f6a-1b2c3d4e5f60", Map.of("stage", "WIZARD"));

    assertThatThrownBy(() -> loadPeople(people))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "people.json: person 4f1c2b7e-9a3d-4c5e-8f6a-1b2c3d4e5f60: stage \"WIZARD\" is not a"
                + " stage of a current framework [TRAINEE, LINK_WORKER, SENIOR, LEAD,"
                + " TRAINEE_COACH, COACH, SENIOR_COACH, LEAD_COACH]");
  }

  @Test
  void aSupervisorNeitherStoredNorEarlierInTheFileIsReported() {
    JsonObject people =
        oneWorker(
            "4f1c2b7e-9a3d-4c5e-8f6a-1b2c3d4e5f60",
            Map.of("supervisor", "0d6c1a52-3b7e-4f08-9a2d-5e6f7a8b9c0d"));

    assertThatThrownBy(() -> loadPeople(people))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining(
            "supervisor 0d6c1a52-3b7e-4f08-9a2d-5e6f7a8b9c0d is neither stored nor earlier in the"
                + " file");
  }

  @Test
  void anIdentifierMustBeALowerCaseUuid() {
    JsonObject people = oneWorker("4F1C2B7E-9A3D-4C5E-8F6A-1B2C3D4E5F60", Map.of());

    assertThatThrownBy(() -> loadPeople(people))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("is not a lower-case UUID");
  }

  @Test
  void aPersonWhoseUsernameIsTakenIsSkipped() {
    JsonObject people =
        Json.createObjectBuilder()
            .add("demoPassword", DEMO_PASSWORD)
            .add(
                "people",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("identifier", "4f1c2b7e-9a3d-4c5e-8f6a-1b2c3d4e5f60")
                            .add("username", "alex.link")
                            .add("displayName", "Another Alex")
                            .add("organisation", RIVERSIDE)
                            .add("roles", Json.createArrayBuilder().add("LINK_WORKER"))))
            .build();

    loadPeople(people);

    assertThat(peopleByUsername().get("alex.link").getDisplayName()).isEqualTo("Alex Patel");
    assertThat(all(Person.class)).hasSize(16);
  }
}
