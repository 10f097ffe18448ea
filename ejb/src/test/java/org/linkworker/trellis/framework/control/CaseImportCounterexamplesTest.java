package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.control.CaseImportReader.ImportChoices;
import org.linkworker.trellis.framework.control.FrameworkAssembler.AssembledFramework;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DescriptorDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.LevelDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.RubricDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;

/**
 * The steward's import of a CASE package ({@link CaseImportReader}) and the CASE export ({@link
 * CaseFrameworkWriter}) on the inputs the property tests (CaseImportPropertiesTest) once found them
 * wrong on, kept as they were shrunk.
 */
class CaseImportCounterexamplesTest {

  private final CaseImportReader reader = new CaseImportReader();

  @Test
  void jsonNestedDeeperThanTheParserAllowsIsRefusedAsAWhole() {
    // Parsson refuses nesting deeper than 1,000 with a bare RuntimeException, which escaped the
    // reader: POST /api/frameworks answered such a body with a 500.
    byte[] content = "[".repeat(1_001).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> reader.read(new DataFile("package.json", content), ImportChoices.none()))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("package.json")
        .hasMessageContaining("nested");
  }

  @Test
  void anItemWithTheDocumentsOwnIdentifierIsRefusedNamingIt() {
    // The item became its own child under the document, and reading the tree overflowed the stack:
    // a 500 for POST /api/frameworks.
    JsonObject pkg =
        Json.createObjectBuilder()
            .add(
                "CFDocument",
                Json.createObjectBuilder()
                    .add("identifier", "doc")
                    .add("uri", "https://example.org/doc")
                    .add("creator", "Creator")
                    .add("title", "Framework")
                    .add("lastChangeDateTime", "2026-01-01T00:00:00Z"))
            .add(
                "CFItems",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("identifier", "doc")
                            .add("uri", "https://example.org/item")
                            .add("fullStatement", "A statement")
                            .add("lastChangeDateTime", "2026-01-01T00:00:00Z")))
            .build();

    assertThatThrownBy(() -> reader.read(file(pkg), ImportChoices.none()))
        .isInstanceOfSatisfying(
            DataFileException.class, e -> assertThat(e.item()).isEqualTo("CFItem doc"));
  }

  @Test
  void aLevelNoCompetencyDescribesSurvivesTheRoundTrip() {
    // The export wrote a rubric level only where a competency had a descriptor, and the import
    // takes the scale from the rubric: a framework whose levels had no descriptors came back with
    // none, and a level described nowhere vanished (the levels above it moving down).
    List<LevelDefinition> levels =
        List.of(
            new LevelDefinition(1, "A"), new LevelDefinition(2, "B"), new LevelDefinition(3, "C"));
    CompetencyDefinition competency =
        new CompetencyDefinition(
            uuid("c"),
            "https://example.org/c",
            "D1.1",
            "Statement",
            uuid("crit"),
            "https://example.org/crit",
            List.of(new DescriptorDefinition(uuid("l3"), "https://example.org/l3", 3, "Third")));
    FrameworkDefinition framework =
        new FrameworkDefinition(
            new DocumentDefinition(
                uuid("f"),
                "https://example.org/f",
                "F",
                null,
                "1",
                FrameworkStatus.DRAFT,
                "G",
                null,
                "en",
                null,
                Instant.parse("2026-01-01T00:00:00Z")),
            new RubricDefinition(uuid("r"), "https://example.org/r", "Levels"),
            levels,
            List.of(
                new DomainDefinition(
                    uuid("d"), "https://example.org/d", "D1", "Domain", List.of(competency))));

    FrameworkBundle bundle =
        new FrameworkBundle(
            framework,
            null,
            new FrameworkProfile(framework.id(), "GEN", false, 3, 2, null, List.of()));
    AssembledFramework assembled = new FrameworkAssembler().assemble(bundle);
    JsonObject exported =
        new CaseFrameworkWriter().write(FrameworkContent.of(assembled.framework()));
    FrameworkDefinition imported =
        reader.read(file(exported), ImportChoices.none()).bundle().framework();

    assertThat(imported.levels()).isEqualTo(levels);
    assertThat(imported.competencies().toList().get(0).descriptorTexts())
        .containsExactly(Map.entry(3, "Third"));
  }

  private static DataFile file(JsonObject json) {
    return new DataFile("package.json", json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
