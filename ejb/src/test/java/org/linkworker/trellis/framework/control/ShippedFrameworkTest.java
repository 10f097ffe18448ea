package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.json;
import static org.linkworker.trellis.testing.TestData.shipped;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.StandardDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkProfile.StageDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.testing.CaseRequiredFields;
import org.linkworker.trellis.testing.TestData;

/**
 * The Link Worker Competency Framework, its code of practice and its profile as the framework-data
 * module ships them: complete, consistent and loadable.
 */
class ShippedFrameworkTest {

  private static FrameworkBundle bundle;

  @BeforeAll
  static void read() {
    bundle = TestData.lwcf();
  }

  @Test
  void isAPublishedCurrentFrameworkCalledLwcfVersionOne() {
    assertThat(bundle.profile().code()).isEqualTo("LWCF");
    assertThat(bundle.framework().document().version()).isEqualTo("1");
    assertThat(bundle.framework().document().status()).isEqualTo(FrameworkStatus.PUBLISHED);
    assertThat(bundle.profile().current()).isTrue();
    assertThat(bundle.profile().currencyYears()).isEqualTo(3);
    assertThat(bundle.profile().evidenceThreshold()).isEqualTo(2);
  }

  @Test
  void hasAtLeastEightDomainsFortyCompetenciesFourLevelsFourStagesAndEightStandards() {
    assertThat(bundle.framework().domains()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(bundle.framework().competencies().count()).isGreaterThanOrEqualTo(40);
    assertThat(bundle.framework().levels())
        .extracting(FrameworkDefinition.LevelDefinition::name)
        .containsExactly("Foundation", "Practitioner", "Experienced", "Leading");
    assertThat(bundle.profile().stages()).hasSize(4);
    assertThat(bundle.codeOfPractice().standards()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void everyDomainHasCompetencies() {
    assertThat(bundle.framework().domains())
        .allSatisfy(domain -> assertThat(domain.competencies()).as(domain.code()).isNotEmpty());
  }

  @Test
  void everyCompetencyHasADescriptorAtEveryLevel() {
    Set<Integer> levels =
        bundle.framework().levels().stream()
            .map(FrameworkDefinition.LevelDefinition::number)
            .collect(Collectors.toSet());
    assertThat(bundle.framework().competencies())
        .allSatisfy(
            competency -> {
              assertThat(competency.descriptorTexts().keySet())
                  .as(competency.code())
                  .isEqualTo(levels);
              assertThat(competency.descriptorTexts().values())
                  .allSatisfy(text -> assertThat(text).isNotBlank());
            });
  }

  @Test
  void competencyAndDomainCodesAreUnique() {
    List<String> domainCodes =
        bundle.framework().domains().stream().map(DomainDefinition::code).toList();
    List<String> competencyCodes =
        bundle.framework().competencies().map(CompetencyDefinition::code).toList();
    assertThat(domainCodes).doesNotHaveDuplicates();
    assertThat(competencyCodes).doesNotHaveDuplicates();
  }

  @Test
  void competencyCodesStartWithTheirDomainCode() {
    assertThat(bundle.framework().domains())
        .allSatisfy(
            domain ->
                assertThat(domain.competencies())
                    .allSatisfy(c -> assertThat(c.code()).startsWith(domain.code() + ".")));
  }

  @Test
  void everyStageProfileNamesExistingCompetenciesAtExistingLevels() {
    Set<String> codes =
        bundle
            .framework()
            .competencies()
            .map(CompetencyDefinition::code)
            .collect(Collectors.toSet());
    int levels = bundle.framework().levels().size();
    assertThat(bundle.profile().stages())
        .allSatisfy(
            stage -> {
              assertThat(stage.requirements()).as(stage.code()).isNotEmpty();
              assertThat(codes).as(stage.code()).containsAll(stage.requirements().keySet());
              assertThat(stage.requirements().values())
                  .allSatisfy(l -> assertThat(l).isBetween(1, levels));
            });
  }

  @Test
  void theStagesRunFromTraineeToLead() {
    assertThat(bundle.profile().stages())
        .extracting(StageDefinition::title)
        .containsExactly(
            "Trainee link worker", "Link worker", "Senior link worker", "Lead link worker");
  }

  @Test
  void requiredLevelsNeverDecreaseAcrossStages() {
    List<StageDefinition> stages = bundle.profile().stages();
    for (int i = 1; i < stages.size(); i++) {
      Map<String, Integer> before = stages.get(i - 1).requirements();
      Map<String, Integer> after = stages.get(i).requirements();
      before.forEach(
          (code, level) ->
              assertThat(after.getOrDefault(code, 0))
                  .as("%s at %s", code, after)
                  .isGreaterThanOrEqualTo(level));
    }
  }

  @Test
  void everyStandardHasBehavioursAndNamesExistingCompetencies() {
    Set<String> competencyIds =
        bundle.framework().competencies().map(CompetencyDefinition::id).collect(Collectors.toSet());
    assertThat(bundle.codeOfPractice().standards())
        .allSatisfy(
            standard -> {
              assertThat(standard.behaviours()).as(standard.code()).isNotEmpty();
              assertThat(standard.competencyIds()).as(standard.code()).isNotEmpty();
              assertThat(competencyIds).as(standard.code()).containsAll(standard.competencyIds());
            });
  }

  @Test
  void standardCodesAreUnique() {
    assertThat(bundle.codeOfPractice().standards().stream().map(StandardDefinition::code).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void identifiersAreNotReusedAcrossTheFiles() {
    Set<String> seen = new HashSet<>();
    List<String> all = new java.util.ArrayList<>();
    all.add(bundle.framework().id());
    all.add(bundle.codeOfPractice().id());
    bundle.framework().domains().forEach(d -> all.add(d.id()));
    bundle
        .framework()
        .competencies()
        .forEach(
            c -> {
              all.add(c.id());
              all.add(c.criterionId());
              c.descriptors().forEach(d -> all.add(d.id()));
            });
    bundle.profile().stages().forEach(s -> all.add(s.id()));
    bundle
        .codeOfPractice()
        .standards()
        .forEach(
            s -> {
              all.add(s.id());
              s.behaviours().forEach(b -> all.add(b.id()));
            });
    assertThat(all).allSatisfy(id -> assertThat(seen.add(id)).as(id).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {LWCF_PACKAGE, LWCF_CODE_OF_PRACTICE})
  void caseRequiredFieldsArePresent(String file) {
    assertThat(CaseRequiredFields.missingIn(json(shipped(file)))).isEmpty();
  }

  @Test
  void theProfileNamesBothDocuments() {
    assertThat(json(shipped(LWCF_PROFILE)).getJsonObject("framework").getString("document"))
        .isEqualTo(bundle.framework().id());
    assertThat(bundle.profile().codeOfPracticeId()).isEqualTo(bundle.codeOfPractice().id());
  }
}
