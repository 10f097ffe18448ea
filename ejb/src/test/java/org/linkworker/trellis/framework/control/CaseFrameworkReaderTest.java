package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.MINI_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.MINI_PACKAGE;
import static org.linkworker.trellis.testing.TestData.MINI_PROFILE;
import static org.linkworker.trellis.testing.TestData.edited;
import static org.linkworker.trellis.testing.TestData.fixture;
import static org.linkworker.trellis.testing.TestData.json;
import static org.linkworker.trellis.testing.TestData.shipped;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.testing.TestData;

class CaseFrameworkReaderTest {

  static final List<String> THIRD_PARTY = TestData.THIRD_PARTY;

  private final CaseFrameworkReader reader = new CaseFrameworkReader();

  // --- what a good package gives ---

  @Test
  void ordersDomainsAndCompetenciesBySequenceNumberNotFileOrder() {
    FrameworkDefinition framework = reader.readFramework(fixture(MINI_PACKAGE));

    assertThat(framework.domains()).extracting(DomainDefinition::code).containsExactly("BB", "AA");
    assertThat(framework.domains().get(1).competencies())
        .extracting(CompetencyDefinition::code)
        .containsExactly("AA.2", "AA.1");
  }

  @Test
  void levelsAreTheRubricsDistinctScoresAndQualities() {
    FrameworkDefinition framework = reader.readFramework(fixture(MINI_PACKAGE));

    assertThat(framework.levels())
        .extracting(
            FrameworkDefinition.LevelDefinition::number, FrameworkDefinition.LevelDefinition::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Foundation"),
            org.assertj.core.groups.Tuple.tuple(2, "Practitioner"),
            org.assertj.core.groups.Tuple.tuple(3, "Experienced"),
            org.assertj.core.groups.Tuple.tuple(4, "Leading"));
    assertThat(framework.findCompetencyByCode("BB.1").orElseThrow().descriptorTexts())
        .containsEntry(3, "BB.1 as a experienced.");
  }

  @Test
  void mapsAdoptionStatusAndKeepsTheDocumentsFields() {
    DocumentDefinition document = reader.readFramework(fixture(MINI_PACKAGE)).document();

    assertThat(document.status())
        .isEqualTo(org.linkworker.trellis.framework.entity.FrameworkStatus.PUBLISHED);
    assertThat(document.version()).isEqualTo("1");
    assertThat(document.language()).isEqualTo("en-GB");
    assertThat(document.lastChange()).isEqualTo(java.time.Instant.parse("2026-01-15T09:30:00Z"));
  }

  @Test
  void linksStandardsToTheirCompetenciesAndBehaviours() {
    FrameworkBundle bundle = TestData.mini();

    var first = bundle.codeOfPractice().standards().get(0);
    assertThat(first.code()).isEqualTo("MP.1");
    assertThat(first.notes()).isEqualTo("Notes on MP.1");
    assertThat(first.behaviours()).extracting(b -> b.code()).containsExactly("MP.1.a", "MP.1.b");
    assertThat(first.competencyIds())
        .containsExactly(
            bundle.framework().findCompetencyByCode("AA.1").orElseThrow().id(),
            bundle.framework().findCompetencyByCode("BB.1").orElseThrow().id());
  }

  // --- third-party packages: taken or refused, never a crash ---

  @ParameterizedTest
  @FieldSource("THIRD_PARTY")
  void everyThirdPartyPackageIsReadAsCase(String name) {
    CasePackage pkg = new CasePackageReader().read(TestData.thirdParty(name));

    assertThat(pkg.document().identifier()).isNotBlank();
    assertThat(pkg.items()).allSatisfy(item -> assertThat(item.fullStatement()).isNotBlank());
  }

  @ParameterizedTest
  @FieldSource("THIRD_PARTY")
  void everyThirdPartyPackageIsTakenOrRefusedWithADataFileException(String name) {
    Throwable thrown = catchThrowable(() -> reader.readFramework(TestData.thirdParty(name)));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(DataFileException.class);
      assertThat(((DataFileException) thrown).fileName()).isEqualTo(name);
      assertThat(thrown.getMessage()).startsWith(name + ": ").doesNotContain("null");
    }
  }

  /**
   * With real UUIDs for their all-zero identifiers and a version, the packages get past the first
   * checks and are refused for what a Trellis framework needs that they lack (item types, a
   * rubric).
   */
  @ParameterizedTest
  @FieldSource("THIRD_PARTY")
  void thirdPartyPackagesWithRealIdentifiersAreRefusedForWhatTheyLack(String name) {
    String text =
        new String(TestData.thirdParty(name).content(), StandardCharsets.UTF_8)
            .replaceAll("([0-9a-f]{8}-[0-9a-f]{4}-)0([0-9a-f]{3}-)0", "$14$28")
            .replaceFirst("\"CFDocument\"\\s*:\\s*\\{", "\"CFDocument\": {\"version\": \"1\",");

    Throwable thrown = catchThrowable(() -> reader.readFramework(TestData.text(name, text)));

    assertThat(thrown).isInstanceOf(DataFileException.class);
    assertThat(thrown.getMessage())
        .startsWith(name + ": ")
        .doesNotContain("is not a UUID")
        .containsAnyOf("CFItemType", "no Domain or no Competency", "CFRubric");
  }

  @Test
  void allZeroDocumentIdentifiersAreRefusedAsNotUuids() {
    assertThatThrownBy(() -> reader.readFramework(TestData.thirdParty("AdoptedTestFramework.json")))
        .isInstanceOf(DataFileException.class)
        .hasMessage(
            "AdoptedTestFramework.json: CFDocument d0000000-0000-0000-0000-000000000000:"
                + " identifier \"d0000000-0000-0000-0000-000000000000\" is not a UUID"
                + " (36 characters, 8-4-4-4-12 hexadecimal digits, version 1 to 8)");
  }

  @Test
  void keepsCharactersBeyondTheBasicMultilingualPlane() {
    CasePackage pkg = new CasePackageReader().read(TestData.thirdParty("Utf8TestFramework.json"));

    assertThat(pkg.items().get(0).fullStatement()).isEqualTo("Item \uD835\uDC51 1");
  }

  // --- broken copies of the shipped files ---

  @Test
  void aMissingFullStatementNamesTheFileAndTheItem() {
    JsonObject original = json(shipped(LWCF_PACKAGE));
    int index = indexOfItem(original, "PC.3");
    String id = original.getJsonArray("CFItems").getJsonObject(index).getString("identifier");
    DataFile broken =
        edited(shipped(LWCF_PACKAGE), pkg -> remove(pkg, "/CFItems/" + index + "/fullStatement"));

    assertThatThrownBy(() -> reader.readFramework(broken))
        .isInstanceOf(DataFileException.class)
        .hasMessage("lwcf-1.case.json: CFItem " + id + "/PC.3: fullStatement is missing");
  }

  @Test
  void aProfileNamingAnUnknownCompetencyNamesTheFileAndTheStage() {
    DataFile broken =
        edited(
            shipped(LWCF_PROFILE),
            profile ->
                Json.createPatchBuilder()
                    .add("/stages/1/requirements/PC.99", 2)
                    .build()
                    .apply(profile));

    DataFileException thrown =
        (DataFileException)
            catchThrowable(
                () -> reader.read(shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), broken));

    assertThat(thrown.fileName()).isEqualTo("lwcf-1.trellis.json");
    assertThat(thrown.item()).startsWith("stage ");
    assertThat(thrown.getMessage())
        .startsWith("lwcf-1.trellis.json: stage ")
        .contains("requirements name competency PC.99, which is not in framework");
  }

  @Test
  void malformedJsonNamesTheFileAndWhere() {
    DataFile broken = TestData.text("lwcf-1.case.json", "{\"CFDocument\": {\"identifier\": }");

    assertThatThrownBy(() -> reader.readFramework(broken))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("lwcf-1.case.json: is not well-formed JSON")
        .hasMessageContaining("line 1");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] latin1 = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> reader.readFramework(new DataFile("latin1.json", latin1)))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("latin1.json: ");
  }

  @Test
  void aMissingDescriptorNamesTheCompetencyAndTheLevel() {
    DataFile broken =
        edited(
            fixture(MINI_PACKAGE),
            pkg -> remove(pkg, "/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/2"));
    String id =
        reader.readFramework(fixture(MINI_PACKAGE)).findCompetencyByCode("AA.1").orElseThrow().id();

    assertThatThrownBy(() -> reader.readFramework(broken))
        .hasMessage(
            "mini-1.case.json: CFItem " + id + "/AA.1: no descriptor at level 3 (Experienced)");
  }

  @Test
  void aDuplicateCompetencyCodeIsRefused() {
    JsonObject original = json(fixture(MINI_PACKAGE));
    int index = indexOfItem(original, "AA.2");
    DataFile broken =
        edited(
            fixture(MINI_PACKAGE),
            pkg ->
                Json.createPatchBuilder()
                    .replace("/CFItems/" + index + "/humanCodingScheme", "AA.1")
                    .build()
                    .apply(pkg));

    assertThatThrownBy(() -> reader.readFramework(broken))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("/AA.1: humanCodingScheme AA.1 is also the code of CFItem");
  }

  @Test
  void aCompetencyOutsideAnyDomainIsRefused() {
    JsonObject original = json(fixture(MINI_PACKAGE));
    String documentId = original.getJsonObject("CFDocument").getString("identifier");
    int association = indexOfChildLink(original, "BB.1");
    DataFile broken =
        edited(
            fixture(MINI_PACKAGE),
            pkg ->
                Json.createPatchBuilder()
                    .replace(
                        "/CFAssociations/" + association + "/destinationNodeURI/identifier",
                        documentId)
                    .build()
                    .apply(pkg));

    assertThatThrownBy(() -> reader.readFramework(broken))
        .hasMessageContaining("/BB.1: a Competency must be the child (isChildOf) of a Domain item");
  }

  @Test
  void anUnknownItemTypeIsRefusedRatherThanDropped() {
    DataFile broken =
        edited(
            fixture(MINI_PACKAGE),
            pkg ->
                Json.createPatchBuilder()
                    .replace("/CFItems/0/CFItemType", "Cluster")
                    .build()
                    .apply(pkg));

    assertThatThrownBy(() -> reader.readFramework(broken))
        .hasMessageContaining("CFItemType \"Cluster\" is not understood");
  }

  @Test
  void aStandardRelatedToAnUnknownCompetencyNamesTheAssociation() {
    JsonObject original = json(fixture(MINI_CODE_OF_PRACTICE));
    int related = indexOfAssociation(original, "isRelatedTo");
    DataFile broken =
        edited(
            fixture(MINI_CODE_OF_PRACTICE),
            cop ->
                Json.createPatchBuilder()
                    .replace(
                        "/CFAssociations/" + related + "/destinationNodeURI/identifier",
                        "0c8d7e3b-1a4c-4d9e-8f0a-1b2c3d4e5f60")
                    .build()
                    .apply(cop));
    FrameworkDefinition framework = reader.readFramework(fixture(MINI_PACKAGE));

    assertThatThrownBy(() -> reader.readCodeOfPractice(broken, framework))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("mini-cop-1.case.json: CFAssociation ")
        .hasMessageContaining("is not a competency of framework " + framework.id());
  }

  @Test
  void requiredLevelsThatDecreaseAlongTheStagesAreRefused() {
    DataFile broken =
        edited(
            fixture(MINI_PROFILE),
            profile ->
                Json.createPatchBuilder()
                    .replace("/stages/1/requirements/AA.1", 1)
                    .add("/stages/0/requirements/AA.1", 2)
                    .build()
                    .apply(profile));

    assertThatThrownBy(
            () -> reader.read(fixture(MINI_PACKAGE), fixture(MINI_CODE_OF_PRACTICE), broken))
        .hasMessage(
            "mini-1.trellis.json: stage SENIOR: requires AA.1 at level 1, below the 2 that the"
                + " stage before it (JUNIOR) requires; required levels never decrease along the"
                + " stages");
  }

  @Test
  void aProfileForAnotherFrameworkIsRefused() {
    assertThatThrownBy(
            () ->
                reader.read(
                    fixture(MINI_PACKAGE), fixture(MINI_CODE_OF_PRACTICE), shipped(LWCF_PROFILE)))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("lwcf-1.trellis.json: framework: document is ");
  }

  @Test
  void membersOfTheWrongJsonTypeAreReportedNotCast() {
    DataFile itemsIsAString =
        edited(fixture(MINI_PACKAGE), pkg -> replace(pkg, "/CFItems", Json.createValue("none")));
    DataFile itemIsANumber =
        edited(fixture(MINI_PACKAGE), pkg -> replace(pkg, "/CFItems/0", Json.createValue(7)));
    DataFile scoreIsAString =
        edited(
            fixture(MINI_PACKAGE),
            pkg ->
                replace(
                    pkg,
                    "/CFRubrics/0/CFRubricCriteria/0/CFRubricCriterionLevels/0/score",
                    Json.createValue("one")));

    assertThatThrownBy(() -> reader.readFramework(itemsIsAString))
        .hasMessage("mini-1.case.json: top level: CFItems is not a JSON array");
    assertThatThrownBy(() -> reader.readFramework(itemIsANumber))
        .hasMessage("mini-1.case.json: CFItems[0]: is not a JSON object");
    assertThatThrownBy(() -> reader.readFramework(scoreIsAString))
        .isInstanceOf(DataFileException.class)
        .hasMessageEndingWith(": score is not a number");
  }

  /**
   * Whatever one member of a package is removed or replaced with, the reader either takes the
   * package or refuses it with a DataFileException naming the file.
   */
  @Test
  void anySingleDamageToAPackageIsTakenOrRefusedWithADataFileException() {
    DataFile original = fixture(MINI_PACKAGE);
    List<String> pointers = JsonPointers.allIn(json(original));
    List<JsonValue> replacements =
        List.of(
            JsonValue.NULL,
            JsonValue.TRUE,
            Json.createValue(-1),
            Json.createValue(2.5),
            Json.createValue(""),
            Json.createValue("x"),
            JsonValue.EMPTY_JSON_OBJECT,
            JsonValue.EMPTY_JSON_ARRAY);
    int refused = 0;
    for (int index = 0; index < pointers.size(); index++) {
      String pointer = pointers.get(index);
      JsonValue replacement = replacements.get(index % replacements.size());
      for (DataFile damaged :
          List.of(
              edited(original, pkg -> remove(pkg, pointer)),
              edited(original, pkg -> replace(pkg, pointer, replacement)))) {
        Throwable thrown = catchThrowable(() -> reader.readFramework(damaged));
        if (thrown != null) {
          refused++;
          assertThat(thrown)
              .as("damage at %s", pointer)
              .isInstanceOf(DataFileException.class)
              .hasMessageStartingWith("mini-1.case.json: ");
        }
      }
    }
    assertThat(refused).as("damage refused").isGreaterThan(pointers.size() / 2);
  }

  // --- helpers ---

  static JsonObject remove(JsonObject json, String pointer) {
    return Json.createPatchBuilder().remove(pointer).build().apply(json);
  }

  static JsonObject replace(JsonObject json, String pointer, JsonValue value) {
    return Json.createPatchBuilder().replace(pointer, value).build().apply(json);
  }

  static int indexOfItem(JsonObject pkg, String code) {
    List<JsonObject> items = pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class);
    for (int i = 0; i < items.size(); i++) {
      if (code.equals(items.get(i).getString("humanCodingScheme", null))) {
        return i;
      }
    }
    throw new AssertionError("No item " + code);
  }

  static int indexOfChildLink(JsonObject pkg, String code) {
    String id =
        pkg.getJsonArray("CFItems").getJsonObject(indexOfItem(pkg, code)).getString("identifier");
    List<JsonObject> associations =
        pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class);
    for (int i = 0; i < associations.size(); i++) {
      if (associations.get(i).getJsonObject("originNodeURI").getString("identifier").equals(id)) {
        return i;
      }
    }
    throw new AssertionError("No association from " + code);
  }

  static int indexOfAssociation(JsonObject pkg, String type) {
    List<JsonObject> associations =
        pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class);
    for (int i = 0; i < associations.size(); i++) {
      if (associations.get(i).getString("associationType").equals(type)
          && !associations
              .get(i)
              .getJsonObject("originNodeURI")
              .getString("uri")
              .contains("CFDocuments")) {
        return i;
      }
    }
    throw new AssertionError("No " + type);
  }
}
