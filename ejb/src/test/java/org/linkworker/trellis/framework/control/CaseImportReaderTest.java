package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkworker.trellis.framework.control.CaseImportReader.Classification;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportChoices;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportPreview;
import org.linkworker.trellis.framework.control.CaseImportReader.ItemTypeOutcome;
import org.linkworker.trellis.framework.control.CaseImportReader.LevelSource;
import org.linkworker.trellis.framework.control.CaseImportReader.ReadPackage;
import org.linkworker.trellis.framework.control.FrameworkAssembler.AssembledFramework;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.testing.TestData;

/**
 * The steward's import read against every real package in the shared CASE folder (written by other
 * tools, none for Trellis) and against broken copies: each real file becomes a framework or is
 * refused with a message naming what is wrong, and each broken copy is refused naming the item.
 */
class CaseImportReaderTest {

  private final CaseImportReader reader = new CaseImportReader();

  static List<String> sharedFiles() {
    return TestData.sharedCaseFiles();
  }

  @ParameterizedTest
  @MethodSource("sharedFiles")
  void everySharedPackageIsImportedOrRefusedWithAMessageNamingTheFile(String name) {
    Throwable thrown = catchThrowable(() -> reader.read(TestData.thirdParty(name), none()));

    if (thrown == null) {
      ReadPackage read = reader.read(TestData.thirdParty(name), none());
      assertThat(read.preview().competencies()).isPositive();
      assertThat(read.bundle().framework().document().status()).isEqualTo(FrameworkStatus.DRAFT);
      assertThat(read.bundle().profile().stages()).isEmpty();
      assertThat(read.bundle().profile().current()).isFalse();
    } else {
      assertThat(thrown).isInstanceOf(DataFileException.class).hasMessageStartingWith(name + ": ");
    }
  }

  @Test
  void theSharedFolderHoldsTheTenPackagesTheIssueNames() {
    assertThat(sharedFiles())
        .contains(
            "AdoptedTestFramework.json",
            "Malformed-NotArrays.json",
            "OpenCaseRoundTripRubrics.json",
            "WhatStandardsCouldBe.json");
  }

  @Test
  void aPackageWithNoItemsIsRefusedAsHavingNothingToImport() {
    assertThatThrownBy(() -> read("EmptyExternalFramework.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("holds no CFItems: there is nothing to import");
  }

  @Test
  void aPackageWithPlaceholderDatesAndItemsThatAreNotAnArrayIsRefusedNamingTheProblem() {
    assertThatThrownBy(() -> read("Malformed-NotArrays.json"))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("lastChangeDateTime is not an ISO 8601 date-time");

    DataFile datesMended =
        TestData.edited(
            TestData.thirdParty("Malformed-NotArrays.json"),
            pkg ->
                with(
                    pkg,
                    "CFDocument",
                    Json.createObjectBuilder(pkg.getJsonObject("CFDocument"))
                        .add("lastChangeDateTime", "2019-03-08T00:00:00Z")
                        .build()));
    assertThatThrownBy(() -> reader.read(datesMended, none()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("CFItems is not a JSON array");
  }

  @Test
  void allZeroIdentifiersAndNoItemTypeGiveOneCompetencyInADomainNamedAfterTheFramework() {
    ImportPreview preview = read("AdoptedTestFramework.json").preview();

    assertThat(preview.classification()).isEqualTo(Classification.DEPTH);
    assertThat(preview.domains()).isEqualTo(1);
    assertThat(preview.competencies()).isEqualTo(1);
    assertThat(preview.levelSource()).isEqualTo(LevelSource.DEFAULT_SCALE);
    assertThat(preview.levels())
        .extracting(l -> l.name())
        .containsExactlyElementsOf(CaseImportReader.DEFAULT_SCALE);
    assertThat(preview.version()).isEqualTo("1");
    assertThat(preview.code()).isEqualTo("AT");
    assertThat(preview.notes()).anyMatch(note -> note.contains("no domain above them"));
  }

  @Test
  void aDeepTreeMakesTheDocumentsChildrenDomainsAndTheLeavesBelowThemCompetencies() {
    ReadPackage read = read("OpenCaseRoundTripRubrics.json");

    List<DomainDefinition> domains = read.bundle().framework().domains();
    assertThat(domains).hasSize(5);
    assertThat(read.preview().classification()).isEqualTo(Classification.DEPTH);
    // 36 items: 5 areas, 10 fields between, 21 leaves (the skills, knowledge and attitudes)
    assertThat(read.preview().competencies()).isEqualTo(21);
    assertThat(read.preview().itemTypes())
        .extracting(
            ItemTypeOutcome::itemType, ItemTypeOutcome::domains, ItemTypeOutcome::notImported)
        .contains(
            org.assertj.core.groups.Tuple.tuple("領域", 5, 0),
            org.assertj.core.groups.Tuple.tuple("分野", 0, 10));
    assertThat(read.preview().title()).startsWith("池之端大学");
    assertThat(read.preview().version()).isEqualTo("2.0");
  }

  @Test
  void theRubricThatScoresTheMostCompetenciesGivesTheLevelsByScoreNamedByQuality() {
    ImportPreview preview = read("OpenCaseRoundTripRubrics.json").preview();

    assertThat(preview.levelSource()).isEqualTo(LevelSource.RUBRIC);
    assertThat(preview.levels()).hasSize(4);
    assertThat(preview.levels().get(3).name()).isEqualTo("Excellent");
    assertThat(preview.descriptors()).isPositive();
    assertThat(preview.notes()).anyMatch(note -> note.contains("of 2 CFRubrics"));
  }

  @Test
  void chosenItemTypesDecideWhichItemsAreDomainsAndWhichCompetencies() {
    ImportChoices choices = new ImportChoices(null, null, "Cluster", "Standard", List.of());

    ReadPackage read = reader.read(TestData.thirdParty("WhatStandardsCouldBe.json"), choices);

    assertThat(read.preview().classification()).isEqualTo(Classification.CHOSEN_TYPES);
    assertThat(read.preview().domains()).isEqualTo(2);
    assertThat(read.preview().competencies()).isEqualTo(6);
    assertThat(read.preview().itemTypes())
        .filteredOn(outcome -> "Component".equals(outcome.itemType()))
        .extracting(ItemTypeOutcome::notImported)
        .containsExactly(8);
  }

  @Test
  void associationsToOtherDocumentsAndStringSequenceNumbersAreTaken() {
    ReadPackage read = read("WhatStandardsCouldBe.json");

    assertThat(read.preview().competencies()).isPositive();
    assertThat(read.preview().code()).isEqualTo("WSCB");
  }

  @Test
  void aTypeTheStewardNamesThatThePackageLacksIsRefusedListingItsTypes() {
    ImportChoices choices = new ImportChoices(null, null, "Domain", "Standard", List.of());

    assertThatThrownBy(() -> reader.read(TestData.thirdParty("WhatStandardsCouldBe.json"), choices))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("no items of type \"Domain\"")
        .hasMessageContaining("Cluster");
  }

  @Test
  void aScaleChosenAtImportGivesTheLevelsInsteadOfTheRubric() {
    ImportChoices choices =
        new ImportChoices("IPU", "3", null, null, List.of("Novice", "Competent", "Expert"));

    ImportPreview preview =
        reader.read(TestData.thirdParty("OpenCaseRoundTripRubrics.json"), choices).preview();

    assertThat(preview.levelSource()).isEqualTo(LevelSource.CHOSEN_SCALE);
    assertThat(preview.levels())
        .extracting(l -> l.name())
        .containsExactly("Novice", "Competent", "Expert");
    assertThat(preview.descriptors()).isZero();
    assertThat(preview.code()).isEqualTo("IPU");
    assertThat(preview.version()).isEqualTo("3");
  }

  @Test
  void siblingsFollowTheirSequenceNumbersRatherThanTheFileOrder() {
    JsonObject pkg = TestData.json(TestData.thirdParty("SequenceNumberFramework.json"));
    List<String> fileOrder =
        pkg.getJsonArray("CFItems").stream()
            .map(item -> item.asJsonObject().getString("humanCodingScheme"))
            .toList();

    List<String> imported =
        read("SequenceNumberFramework.json")
            .bundle()
            .framework()
            .competencies()
            .map(CompetencyDefinition::code)
            .toList();

    assertThat(imported).containsExactlyInAnyOrderElementsOf(fileOrder);
    assertThat(imported).isEqualTo(sequenceOrder(pkg));
  }

  @Test
  void textBeyondTheBasicMultilingualPlaneIsKept() {
    assertThat(read("Utf8TestFramework.json").preview().title()).contains("𝑑");
  }

  @Test
  void anItemWithTwoParentsIsPlacedUnderItsFirst() {
    DataFile copy =
        TestData.edited(
            TestData.thirdParty("SmartLevelFramework.json"),
            pkg -> {
              JsonArray associations = pkg.getJsonArray("CFAssociations");
              JsonObject first = associations.getJsonObject(0);
              String firstParent =
                  first.getJsonObject("destinationNodeURI").getString("identifier");
              JsonObject second =
                  associations.stream()
                      .map(JsonValue::asJsonObject)
                      .filter(
                          a ->
                              !a.getJsonObject("destinationNodeURI")
                                  .getString("identifier")
                                  .equals(firstParent))
                      .findFirst()
                      .orElseThrow();
              // the first association's child also hangs under the second one's parent
              JsonObject extra =
                  Json.createObjectBuilder(first)
                      .add("identifier", UUID.randomUUID().toString())
                      .add("destinationNodeURI", second.getJsonObject("destinationNodeURI"))
                      .build();
              return with(pkg, "CFAssociations", append(associations, extra));
            });

    ImportPreview preview = reader.read(copy, none()).preview();

    assertThat(preview.notes()).anyMatch(note -> note.contains("1 item(s) have a second parent"));
    assertThat(preview.competencies())
        .isEqualTo(read("SmartLevelFramework.json").preview().competencies());
  }

  @Test
  void aCycleIsRefusedNamingTheItemsOnIt() {
    DataFile copy =
        TestData.edited(
            TestData.thirdParty("MarkdownFramework.json"),
            pkg -> {
              JsonArray items = pkg.getJsonArray("CFItems");
              String a = items.getJsonObject(0).getString("identifier");
              String b = items.getJsonObject(1).getString("identifier");
              JsonArrayBuilder associations = Json.createArrayBuilder();
              associations.add(childOf(a, b));
              associations.add(childOf(b, a));
              return with(pkg, "CFAssociations", associations.build());
            });

    assertThatThrownBy(() -> reader.read(copy, none()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("go round in a circle");
  }

  @Test
  void aParentThePackageDoesNotHoldIsRefusedAsADanglingReference() {
    String missing = UUID.randomUUID().toString();
    DataFile copy =
        TestData.edited(
            TestData.thirdParty("MarkdownFramework.json"),
            pkg -> {
              String a = pkg.getJsonArray("CFItems").getJsonObject(0).getString("identifier");
              return with(
                  pkg,
                  "CFAssociations",
                  Json.createArrayBuilder().add(childOf(a, missing)).build());
            });

    assertThatThrownBy(() -> reader.read(copy, none()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining(missing)
        .hasMessageContaining("dangling reference");
  }

  @Test
  void aRepeatedIdentifierIsRefusedNamingBothItems() {
    DataFile copy =
        TestData.edited(
            TestData.thirdParty("MarkdownFramework.json"),
            pkg -> {
              JsonArray items = pkg.getJsonArray("CFItems");
              JsonObject twin =
                  Json.createObjectBuilder(items.getJsonObject(1))
                      .add("identifier", items.getJsonObject(0).getString("identifier"))
                      .build();
              return with(
                  pkg, "CFItems", Json.createArrayBuilder().add(items.get(0)).add(twin).build());
            });

    assertThatThrownBy(() -> reader.read(copy, none()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("identifier is used twice");
  }

  @Test
  void aStatementTooLongToKeepIsRefusedNamingTheItem() {
    DataFile copy =
        TestData.edited(
            TestData.thirdParty("Utf8TestFramework.json"),
            pkg -> {
              JsonArray items = pkg.getJsonArray("CFItems");
              JsonObject long_ =
                  Json.createObjectBuilder(items.getJsonObject(0))
                      .add("fullStatement", "x".repeat(4001))
                      .build();
              return with(pkg, "CFItems", Json.createArrayBuilder().add(long_).build());
            });

    assertThatThrownBy(() -> reader.read(copy, none()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("fullStatement is 4001 characters long");
  }

  @Test
  void itemsWithoutCodesGetCodesFromTheirPlaceUniqueWithinTheFramework() {
    List<String> codes =
        read("SmartLevelFramework.json")
            .bundle()
            .framework()
            .competencies()
            .map(CompetencyDefinition::code)
            .toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(code -> !code.isBlank());
  }

  @Test
  void exportThenImportThenExportGivesTheSamePackage() {
    JsonObject first = export(new FrameworkAssembler().assemble(TestData.lwcf()));

    ReadPackage read =
        reader.read(
            TestData.of("lwcf-export.json", first),
            new ImportChoices("LWCF", null, null, null, List.of()));
    Map<String, String> keys = new HashMap<>();
    AssembledFramework imported =
        new FrameworkAssembler()
            .assemble(
                read.bundle(), id -> keys.computeIfAbsent(id, x -> UUID.randomUUID().toString()));
    // the import is a draft of its own; as published, it exports what the first export said
    imported.framework().publish();
    imported.framework().makeCurrent();
    JsonObject second = export(imported);

    assertThat(imported.framework().getId()).isNotEqualTo(read.bundle().framework().id());
    assertThat(second).isEqualTo(first);
    assertThat(read.preview().classification()).isEqualTo(Classification.PACKAGE_TYPES);
    assertThat(read.preview().levelSource()).isEqualTo(LevelSource.RUBRIC);
  }

  // ---- helpers

  private ReadPackage read(String name) {
    return reader.read(TestData.thirdParty(name), none());
  }

  private static ImportChoices none() {
    return ImportChoices.none();
  }

  private static JsonObject export(AssembledFramework assembled) {
    return new CaseFrameworkWriter().write(FrameworkContent.of(assembled.framework()));
  }

  private static List<String> sequenceOrder(JsonObject pkg) {
    Map<String, Integer> sequence = new HashMap<>();
    for (JsonValue value : pkg.getJsonArray("CFAssociations")) {
      JsonObject association = value.asJsonObject();
      if (association.containsKey("sequenceNumber")
          && association.get("sequenceNumber").getValueType() == JsonValue.ValueType.NUMBER) {
        sequence.put(
            association.getJsonObject("originNodeURI").getString("identifier"),
            association.getInt("sequenceNumber"));
      }
    }
    return pkg.getJsonArray("CFItems").stream()
        .map(JsonValue::asJsonObject)
        .sorted(
            java.util.Comparator.comparing(
                item -> sequence.getOrDefault(item.getString("identifier"), Integer.MAX_VALUE)))
        .map(item -> item.getString("humanCodingScheme"))
        .toList();
  }

  private static JsonObject childOf(String child, String parent) {
    return Json.createObjectBuilder()
        .add("identifier", UUID.randomUUID().toString())
        .add("uri", "https://example.org/" + UUID.randomUUID())
        .add("associationType", "isChildOf")
        .add("lastChangeDateTime", "2026-01-01T00:00:00Z")
        .add("originNodeURI", link(child))
        .add("destinationNodeURI", link(parent))
        .build();
  }

  private static JsonObject link(String id) {
    return Json.createObjectBuilder()
        .add("title", "node")
        .add("identifier", id)
        .add("uri", "https://example.org/" + id)
        .build();
  }

  private static JsonObject with(JsonObject pkg, String key, JsonValue value) {
    return Json.createObjectBuilder(pkg).add(key, value).build();
  }

  private static JsonArray append(JsonArray array, JsonValue value) {
    return Json.createArrayBuilder(array).add(value).build();
  }
}
