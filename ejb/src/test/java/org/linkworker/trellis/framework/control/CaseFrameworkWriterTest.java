package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.control.FrameworkAssembler.AssembledFramework;
import org.linkworker.trellis.testing.CaseRequiredFields;
import org.linkworker.trellis.testing.TestData;

class CaseFrameworkWriterTest {

  private final CaseFrameworkWriter writer = new CaseFrameworkWriter();
  private final CaseFrameworkReader reader = new CaseFrameworkReader();

  @Test
  void exportThenReadBackGivesTheSameFramework() {
    FrameworkBundle shipped = TestData.lwcf();

    FrameworkDefinition readBack =
        reader.readFramework(TestData.of("export.json", export(shipped)));

    assertThat(readBack).isEqualTo(shipped.framework());
  }

  @Test
  void exportKeepsCodesStatementsDescriptorsAndIdentifiers() {
    FrameworkBundle shipped = TestData.lwcf();

    FrameworkDefinition readBack =
        reader.readFramework(TestData.of("export.json", export(shipped)));

    assertThat(readBack.id()).isEqualTo(shipped.framework().id());
    assertThat(readBack.competencies().toList())
        .extracting(
            FrameworkDefinition.CompetencyDefinition::id,
            FrameworkDefinition.CompetencyDefinition::code,
            FrameworkDefinition.CompetencyDefinition::statement,
            FrameworkDefinition.CompetencyDefinition::descriptors)
        .containsExactlyElementsOf(
            shipped
                .framework()
                .competencies()
                .map(
                    c ->
                        org.assertj.core.groups.Tuple.tuple(
                            c.id(), c.code(), c.statement(), c.descriptors()))
                .toList());
  }

  @Test
  void everyExportOfAVersionIsTheSame() {
    assertThat(export(TestData.lwcf())).isEqualTo(export(TestData.lwcf()));
  }

  @Test
  void exportHasEveryFieldCaseRequires() {
    assertThat(CaseRequiredFields.missingIn(export(TestData.lwcf()))).isEmpty();
  }

  @Test
  void exportDeclaresItsItemTypesAndOneRubric() {
    JsonObject exported = export(TestData.mini());

    assertThat(exported.getJsonObject("CFDefinitions").getJsonArray("CFItemTypes"))
        .extracting(type -> type.asJsonObject().getString("title"))
        .containsExactly("Domain", "Competency");
    assertThat(exported.getJsonArray("CFRubrics")).hasSize(1);
    assertThat(exported.getJsonObject("CFDocument").getString("adoptionStatus"))
        .isEqualTo("Adopted");
    assertThat(exported.getJsonObject("CFDocument").getString("lastChangeDateTime"))
        .isEqualTo("2026-01-15T09:30:00+00:00");
  }

  @Test
  void associationIdentifiersAreUuidsDerivedFromWhatTheyLink() {
    List<String> ids =
        export(TestData.mini())
            .getJsonArray("CFAssociations")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(a -> a.getString("identifier"))
            .toList();

    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f-]{36}"));
    assertThat(ids)
        .isEqualTo(
            export(TestData.mini())
                .getJsonArray("CFAssociations")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(a -> a.getString("identifier"))
                .toList());
  }

  private JsonObject export(FrameworkBundle bundle) {
    AssembledFramework assembled = new FrameworkAssembler().assemble(bundle);
    return writer.write(FrameworkContent.of(assembled.framework()));
  }
}
