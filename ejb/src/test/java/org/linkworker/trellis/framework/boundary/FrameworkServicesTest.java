package org.linkworker.trellis.framework.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.MINI_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.MINI_PACKAGE;
import static org.linkworker.trellis.testing.TestData.MINI_PROFILE;
import static org.linkworker.trellis.testing.TestData.fixture;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.boundary.FrameworkImportResult.Outcome;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.control.CaseFrameworkReader;
import org.linkworker.trellis.framework.control.FrameworkDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.testing.StatementCounter;
import org.linkworker.trellis.testing.TestData;
import org.linkworker.trellis.testing.TestDatabase;

/**
 * The import and read services on the real persistence unit, EclipseLink and a Derby database
 * migrated by the changelog.
 */
class FrameworkServicesTest {

  private TestDatabase database;

  @BeforeEach
  void createDatabase() {
    database = TestDatabase.create();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  private FrameworkImportResult importFramework(DataFile pkg, DataFile cop, DataFile profile) {
    return FrameworkTestAccess.importFramework(database, pkg, cop, profile);
  }

  private FrameworkImportResult importLwcf() {
    return importFramework(
        shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
  }

  private FrameworkImportResult importMini() {
    return importFramework(
        fixture(MINI_PACKAGE), fixture(MINI_CODE_OF_PRACTICE), fixture(MINI_PROFILE));
  }

  private <T> T read(Function<FrameworkService, T> call) {
    return FrameworkTestAccess.read(database, call);
  }

  @Test
  void importsTheShippedFrameworkWhole() {
    FrameworkImportResult result = importLwcf();

    assertThat(result.outcome()).isEqualTo(Outcome.IMPORTED);
    assertThat(result.code()).isEqualTo("LWCF");
    FrameworkCounts counts = read(FrameworkService::counts);
    assertThat(counts.frameworks()).isEqualTo(1);
    assertThat(counts.competencies()).isEqualTo(result.competencies()).isGreaterThanOrEqualTo(40);
    assertThat(counts.stages()).isEqualTo(4);
    assertThat(counts.standards()).isEqualTo(result.standards()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void importingAgainLoadsNothingTwice() {
    importLwcf();
    FrameworkCounts before = read(FrameworkService::counts);

    FrameworkImportResult again = importLwcf();

    assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_PRESENT);
    assertThat(read(FrameworkService::counts)).isEqualTo(before);
  }

  @Test
  void aBrokenFileIsReportedEvenWhenTheFrameworkIsAlreadyThere() {
    importLwcf();
    DataFile broken =
        TestData.edited(
            shipped(LWCF_PROFILE),
            p -> Json.createPatchBuilder().replace("/format", "something else").build().apply(p));

    assertThatThrownBy(
            () -> importFramework(shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), broken))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("lwcf-1.trellis.json: top level: format is \"something else\"");
  }

  @Test
  void aBrokenFileWritesNothing() {
    DataFile broken =
        TestData.edited(
            shipped(LWCF_PROFILE),
            p -> Json.createPatchBuilder().add("/stages/0/requirements/XX.1", 1).build().apply(p));

    assertThatThrownBy(
            () -> importFramework(shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), broken))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("stage TRAINEE: requirements name competency XX.1");
    assertThat(read(FrameworkService::counts)).isEqualTo(new FrameworkCounts(0, 0, 0, 0));
  }

  @Test
  void aSecondFrameworkWithTheSameCodeAndVersionIsRefused() {
    importMini();
    // A different document (every mention of its identifier changed) claiming the same code and
    // version.
    String id =
        TestData.json(fixture(MINI_PACKAGE)).getJsonObject("CFDocument").getString("identifier");
    String otherId = "7d9e5b3a-1c2f-4a6b-8d0e-9f1a2b3c4d5e";
    DataFile otherPackage = renamed(fixture(MINI_PACKAGE), id, otherId);
    DataFile otherProfile =
        TestData.edited(
            renamed(fixture(MINI_PROFILE), id, otherId),
            p -> Json.createPatchBuilder().remove("/codeOfPractice").build().apply(p));

    assertThatThrownBy(() -> importFramework(otherPackage, null, otherProfile))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("mini-1.trellis.json: framework: code MINI version 1 is already");
  }

  @Test
  void listsEveryVersionWithItsStatus() {
    importLwcf();
    importMini();

    assertThat(read(FrameworkService::list))
        .containsExactly(
            new FrameworkSummary(
                "LWCF", "1", "Link Worker Competency Framework", FrameworkStatus.PUBLISHED, true),
            new FrameworkSummary("MINI", "1", "Mini framework", FrameworkStatus.PUBLISHED, true));
  }

  @Test
  void eachFrameworkKeepsItsCurrentVersionAndTheLinkWorkerFrameworkIsTheDefault() {
    importMini();
    importLwcf();

    FrameworkOutline current = read(FrameworkService::findCurrent).orElseThrow();

    assertThat(current.code()).isEqualTo("LWCF");
    assertThat(read(FrameworkService::list))
        .filteredOn(FrameworkSummary::current)
        .extracting(FrameworkSummary::code)
        .containsExactly("LWCF", "MINI");
  }

  @Test
  void aPersonsFrameworkIsTheOneOfTheirStageAndTheDefaultWithoutOne() {
    importMini();
    importLwcf();

    assertThat(read(s -> s.findCurrentForStage("JUNIOR")).orElseThrow().code()).isEqualTo("MINI");
    assertThat(read(s -> s.findCurrentForStage("junior")).orElseThrow().code()).isEqualTo("MINI");
    assertThat(read(s -> s.findCurrentForStage("LINK_WORKER")).orElseThrow().code())
        .isEqualTo("LWCF");
    assertThat(read(s -> s.findCurrentForStage(null)).orElseThrow().code()).isEqualTo("LWCF");
    assertThat(read(s -> s.findCurrentForStage("NO_SUCH_STAGE")).orElseThrow().code())
        .isEqualTo("LWCF");
  }

  @Test
  void findGivesTheWholeFrameworkInOrder() {
    importMini();

    FrameworkOutline outline = read(s -> s.find("MINI", "1")).orElseThrow();

    assertThat(outline.levels())
        .extracting(FrameworkOutline.LevelView::name)
        .containsExactly("Foundation", "Practitioner", "Experienced", "Leading");
    assertThat(outline.domains()).extracting(DomainView::code).containsExactly("BB", "AA");
    assertThat(outline.domains().get(1).competencies())
        .extracting(CompetencyView::code)
        .containsExactly("AA.2", "AA.1");
    CompetencyView beta = outline.domains().get(0).competencies().get(0);
    assertThat(beta.descriptors())
        .containsOnlyKeys(1, 2, 3, 4)
        .containsEntry(2, "BB.1 as a practitioner.");
    assertThat(outline.stages())
        .extracting(FrameworkOutline.StageView::code)
        .containsExactly("JUNIOR", "SENIOR");
    assertThat(outline.stages().get(1).requirements())
        .containsExactly(
            java.util.Map.entry("BB.1", 3),
            java.util.Map.entry("AA.2", 1),
            java.util.Map.entry("AA.1", 2));
    FrameworkOutline.StandardView listen = outline.codeOfPractice().standards().get(0);
    assertThat(listen.code()).isEqualTo("MP.1");
    assertThat(listen.behaviours()).containsExactly("Lets people speak.", "Asks open questions.");
    assertThat(listen.competencies()).containsExactly("BB.1", "AA.1");
  }

  @Test
  void findOfAnUnknownVersionIsEmpty() {
    importMini();

    Optional<FrameworkOutline> unknownVersion = read(s -> s.find("MINI", "2"));
    Optional<JsonObject> unknownCode = read(s -> s.exportCase("NOPE", "1"));

    assertThat(unknownVersion).isEmpty();
    assertThat(unknownCode).isEmpty();
  }

  @Test
  void readingAFrameworkTakesAFixedNumberOfStatementsHoweverBigItIs() {
    importMini();
    importLwcf();

    int small = statements(s -> s.find("MINI", "1"));
    int large = statements(s -> s.find("LWCF", "1"));
    int smallExport = statements(s -> s.exportCase("MINI", "1"));
    int largeExport = statements(s -> s.exportCase("LWCF", "1"));

    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(11);
    assertThat(largeExport).isEqualTo(smallExport).isLessThanOrEqualTo(6);
  }

  @Test
  void theStoredFrameworkExportsToWhatWasImported() {
    importLwcf();

    JsonObject exported = read(s -> s.exportCase("LWCF", "1")).orElseThrow();

    CaseFrameworkReader reader = new CaseFrameworkReader();
    FrameworkDefinition original = reader.readFramework(shipped(LWCF_PACKAGE));
    assertThat(reader.readFramework(TestData.of("export.json", exported))).isEqualTo(original);
  }

  private static DataFile renamed(DataFile file, String from, String to) {
    String text = new String(file.content(), java.nio.charset.StandardCharsets.UTF_8);
    return TestData.text(file.name(), text.replace(from, to));
  }

  private int statements(Function<FrameworkService, ?> call) {
    AtomicReference<Object> result = new AtomicReference<>();
    int count = StatementCounter.during(() -> result.set(read(call)));
    assertThat(result.get()).isNotNull();
    return count;
  }

  // ---- the steward's import of a package written elsewhere

  @Test
  void aPackageWrittenElsewhereIsStoredAsADraftWithItsCaseIdentifiersBesideNewKeys() {
    importLwcf();
    DataFile adopted =
        org.linkworker.trellis.testing.TestData.thirdParty("AdoptedTestFramework.json");

    FrameworkImportPreview preview =
        FrameworkTestAccess.importPackage(
            database, adopted, FrameworkImportRequest.asThePackageSays(), true);

    assertThat(preview.code()).isEqualTo("AT");
    List<FrameworkSummary> list = read(FrameworkService::list);
    assertThat(list)
        .filteredOn(f -> f.code().equals("AT"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(FrameworkStatus.DRAFT);
              assertThat(f.current()).isFalse();
            });
    jakarta.json.JsonObject export = read(s -> s.exportCase("AT", "1")).orElseThrow();
    assertThat(export.getJsonObject("CFDocument").getString("identifier"))
        .isEqualTo("d0000000-0000-0000-0000-000000000000");
    assertThat(export.getJsonArray("CFItems").getJsonObject(1).getString("identifier"))
        .isEqualTo("00000000-0000-0000-0000-000000000001");
  }

  @Test
  void packagesSharingIdentifiersAreStoredSideBySide() {
    for (String name :
        List.of(
            "AdoptedTestFramework.json", "Utf8TestFramework.json", "SmartLevelFramework.json")) {
      FrameworkTestAccess.importPackage(
          database,
          org.linkworker.trellis.testing.TestData.thirdParty(name),
          FrameworkImportRequest.asThePackageSays(),
          true);
    }

    assertThat(read(FrameworkService::counts).frameworks()).isEqualTo(3);
  }

  @Test
  void aRefusedPackageOrARepeatedVersionStoresNothing() {
    DataFile smart = org.linkworker.trellis.testing.TestData.thirdParty("SmartLevelFramework.json");
    FrameworkTestAccess.importPackage(
        database, smart, FrameworkImportRequest.asThePackageSays(), true);
    FrameworkCounts before = read(FrameworkService::counts);

    assertThatThrownBy(
            () ->
                FrameworkTestAccess.importPackage(
                    database, smart, FrameworkImportRequest.asThePackageSays(), true))
        .isInstanceOf(org.linkworker.trellis.platform.StateConflictException.class)
        .hasMessageContaining("is already stored");
    assertThatThrownBy(
            () ->
                FrameworkTestAccess.importPackage(
                    database,
                    org.linkworker.trellis.testing.TestData.thirdParty(
                        "EmptyExternalFramework.json"),
                    FrameworkImportRequest.asThePackageSays(),
                    true))
        .isInstanceOf(DataFileException.class);
    assertThatThrownBy(
            () ->
                FrameworkTestAccess.importPackage(
                    database,
                    smart,
                    new FrameworkImportRequest("bad code", null, null, null, List.of()),
                    true))
        .isInstanceOf(org.linkworker.trellis.platform.InvalidInputException.class);

    assertThat(read(FrameworkService::counts)).isEqualTo(before);
  }

  @Test
  void aPreviewStoresNothingAndANewVersionOfAStoredTitleTakesItsCode() {
    DataFile smart = org.linkworker.trellis.testing.TestData.thirdParty("SmartLevelFramework.json");
    FrameworkImportPreview first =
        FrameworkTestAccess.importPackage(
            database, smart, FrameworkImportRequest.asThePackageSays(), true);

    FrameworkImportPreview second =
        FrameworkTestAccess.importPackage(
            database, smart, new FrameworkImportRequest(null, "2", null, null, List.of()), false);

    assertThat(second.code()).isEqualTo(first.code());
    assertThat(second.version()).isEqualTo("2");
    assertThat(read(FrameworkService::counts).frameworks()).isEqualTo(1);
  }

  // ---- a draft given stages and published

  private String importSmartLevel() {
    return FrameworkTestAccess.importPackage(
            database,
            org.linkworker.trellis.testing.TestData.thirdParty("SmartLevelFramework.json"),
            new FrameworkImportRequest("SLT", null, null, null, List.of()),
            true)
        .code();
  }

  private List<String> competencyCodes(String code) {
    return read(s -> s.find(code, "1")).orElseThrow().domains().stream()
        .flatMap(d -> d.competencies().stream())
        .map(FrameworkOutline.CompetencyView::code)
        .toList();
  }

  @Test
  void aDraftIsGivenStagesWithRequirementsAndPublishedAsCurrent() {
    String code = importSmartLevel();
    List<String> competencies = competencyCodes(code);
    List<StageDraft> stages =
        List.of(
            new StageDraft("TRAINEE", "Trainee", java.util.Map.of(competencies.get(0), 1)),
            new StageDraft(
                "PRACTITIONER",
                "Practitioner",
                java.util.Map.of(competencies.get(0), 2, competencies.get(1), 3)));

    FrameworkOutline draft =
        FrameworkTestAccess.draft(database, d -> d.replaceStages(code, "1", stages));

    assertThat(draft.stages())
        .extracting(FrameworkOutline.StageView::code, FrameworkOutline.StageView::order)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("TRAINEE", 1),
            org.assertj.core.groups.Tuple.tuple("PRACTITIONER", 2));
    assertThat(draft.stages().get(1).requirements())
        .containsEntry(competencies.get(1), 3)
        .hasSize(2);

    FrameworkOutline again =
        FrameworkTestAccess.draft(
            database,
            d ->
                d.replaceStages(
                    code, "1", List.of(new StageDraft("ONLY", "Only", java.util.Map.of()))));
    assertThat(again.stages()).extracting(FrameworkOutline.StageView::code).containsExactly("ONLY");

    FrameworkSummary published =
        FrameworkTestAccess.draft(database, d -> d.publish(code, "1", true));

    assertThat(published.status()).isEqualTo(FrameworkStatus.PUBLISHED);
    assertThat(published.current()).isTrue();
    assertThatThrownBy(
            () -> FrameworkTestAccess.draft(database, d -> d.replaceStages(code, "1", stages)))
        .isInstanceOf(org.linkworker.trellis.platform.StateConflictException.class)
        .hasMessageContaining("only a draft can be changed");
  }

  @Test
  void aStageCodeOfAnotherCurrentFrameworkIsNotMadeCurrentAgain() {
    importLwcf();
    String code = importSmartLevel();
    FrameworkTestAccess.draft(
        database,
        d ->
            d.replaceStages(
                code,
                "1",
                List.of(new StageDraft("LINK_WORKER", "Link worker", java.util.Map.of()))));

    assertThatThrownBy(() -> FrameworkTestAccess.draft(database, d -> d.publish(code, "1", true)))
        .isInstanceOf(org.linkworker.trellis.platform.StateConflictException.class)
        .hasMessageContaining("LINK_WORKER is already a stage of LWCF");
  }

  @Test
  void aDraftWithoutStagesIsNotPublished() {
    String code = importSmartLevel();

    assertThatThrownBy(() -> FrameworkTestAccess.draft(database, d -> d.publish(code, "1", true)))
        .isInstanceOf(org.linkworker.trellis.platform.StateConflictException.class)
        .hasMessageContaining("has no career stages yet");
    assertThat(read(FrameworkService::list))
        .filteredOn(f -> f.code().equals(code))
        .extracting(FrameworkSummary::status)
        .containsExactly(FrameworkStatus.DRAFT);
  }

  @Test
  void stagesWithBadCodesTitlesCompetenciesOrLevelsAreRefusedFieldByFieldAndNothingChanges() {
    String code = importSmartLevel();
    String competency = competencyCodes(code).get(0);
    List<StageDraft> bad =
        List.of(
            new StageDraft("lower", "", java.util.Map.of()),
            new StageDraft("SAME", "Same", java.util.Map.of("NO.SUCH", 1)),
            new StageDraft("SAME", "Again", java.util.Map.of(competency, 5)));

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> FrameworkTestAccess.draft(database, d -> d.replaceStages(code, "1", bad)));

    assertThat(thrown).isInstanceOf(org.linkworker.trellis.platform.InvalidInputException.class);
    assertThat(((org.linkworker.trellis.platform.InvalidInputException) thrown).fieldErrors())
        .containsKeys(
            "stages[0].code",
            "stages[0].title",
            "stages[1].requirements",
            "stages[2].code",
            "stages[2].requirements");
    assertThat(read(s -> s.find(code, "1")).orElseThrow().stages()).isEmpty();
  }

  @Test
  void aNewVersionMadeCurrentTakesThePlaceOfTheCurrentOneWhichStaysPublishedAndReadable() {
    importLwcf();
    FrameworkTestAccess.importPackage(
        database,
        org.linkworker.trellis.testing.TestData.thirdParty("SmartLevelFramework.json"),
        new FrameworkImportRequest("LWCF", "2", null, null, List.of()),
        true);
    FrameworkTestAccess.draft(
        database,
        d ->
            d.replaceStages(
                "LWCF", "2", List.of(new StageDraft("ONE", "One", java.util.Map.of()))));
    // people at v1's stages would lose them: the authoring service refuses while anyone is at one
    List<String> dropped =
        FrameworkTestAccess.draft(database, d -> d.stagesDroppedFrom("LWCF", "2"));
    assertThat(dropped)
        .containsExactlyInAnyOrderElementsOf(
            read(s -> s.find("LWCF", "1")).orElseThrow().stages().stream()
                .map(FrameworkOutline.StageView::code)
                .toList());

    FrameworkSummary published =
        FrameworkTestAccess.draft(database, d -> d.publish("LWCF", "2", true));

    assertThat(published.current()).isTrue();
    assertThat(published.status()).isEqualTo(FrameworkStatus.PUBLISHED);
    assertThat(read(FrameworkService::list))
        .filteredOn(f -> f.code().equals("LWCF"))
        .extracting(FrameworkSummary::version, FrameworkSummary::status, FrameworkSummary::current)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("1", FrameworkStatus.PUBLISHED, false),
            org.assertj.core.groups.Tuple.tuple("2", FrameworkStatus.PUBLISHED, true));
    assertThat(read(s -> s.find("LWCF", "1")).orElseThrow().domains()).isNotEmpty();
    assertThatThrownBy(() -> FrameworkTestAccess.draft(database, d -> d.publish("LWCF", "2", true)))
        .isInstanceOf(org.linkworker.trellis.platform.StateConflictException.class);
  }

  @Test
  void aVersionPublishedWithoutBeingMadeCurrentCanBeMadeCurrentLater() {
    importLwcf();
    FrameworkTestAccess.importPackage(
        database,
        org.linkworker.trellis.testing.TestData.thirdParty("SmartLevelFramework.json"),
        new FrameworkImportRequest("LWCF", "2", null, null, List.of()),
        true);
    FrameworkTestAccess.draft(
        database,
        d ->
            d.replaceStages(
                "LWCF", "2", List.of(new StageDraft("ONE", "One", java.util.Map.of()))));
    FrameworkSummary published =
        FrameworkTestAccess.draft(database, d -> d.publish("LWCF", "2", false));
    assertThat(published.current()).isFalse();

    FrameworkSummary current =
        FrameworkTestAccess.draft(database, d -> d.publish("LWCF", "2", true));

    assertThat(current.current()).isTrue();
    assertThat(read(s -> s.find("LWCF", "1")).orElseThrow().current()).isFalse();
  }

  // ---- a new version continues the old one's competencies

  @Test
  void lwcfVersionTwoImportedByTheStewardKeepsWhatEachCompetencyContinues() {
    importLwcf();

    FrameworkImportPreview preview =
        FrameworkTestAccess.importPackage(
            database, shipped("lwcf-2.case.json"), FrameworkImportRequest.asThePackageSays(), true);

    assertThat(preview.code()).isEqualTo("LWCF");
    assertThat(preview.version()).isEqualTo("2");
    // 44 exactMatchOf (41 unchanged, CR.3 and CR.7 from CR.3, DI.1 from DI.1) + DI.1 from DI.6
    // + LY.6 replacing TS.6 = 46 links to version 1
    assertThat(preview.continuations()).isEqualTo(46);
    List<Object[]> rows =
        database.inTransaction(
            em ->
                em.createQuery(
                        "select c.code, e.code, e.framework.version from Competency c"
                            + " join c.continues e where c.framework.version = '2'"
                            + " order by c.code, e.code",
                        Object[].class)
                    .getResultList());
    assertThat(rows)
        .extracting(r -> r[0] + "<-" + r[1] + "@" + r[2])
        .contains("CR.3<-CR.3@1", "CR.7<-CR.3@1", "DI.1<-DI.1@1", "DI.1<-DI.6@1", "LY.6<-TS.6@1")
        .noneMatch(link -> link.startsWith("DI.7<-"))
        .noneMatch(link -> link.contains("<-CC.5"))
        .hasSize(46);

    // the export says the same, and reads back to the same links
    jakarta.json.JsonObject export = read(service -> service.exportCase("LWCF", "2")).orElseThrow();
    assertThat(
            export
                .getJsonArray("CFAssociations")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .filter(a -> a.getString("associationType").equals("exactMatchOf")))
        .hasSize(46);
    FrameworkImportPreview again =
        FrameworkTestAccess.importPackage(
            database,
            org.linkworker.trellis.testing.TestData.of("lwcf-2-export.json", export),
            new FrameworkImportRequest(null, "2.1", null, null, List.of()),
            false);
    assertThat(again.continuations()).isEqualTo(46);
  }
}
