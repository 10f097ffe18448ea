package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkworker.trellis.testing.TestData.HWBC_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.HWBC_PACKAGE;
import static org.linkworker.trellis.testing.TestData.HWBC_PROFILE;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkworker.trellis.framework.control.CodeOfPracticeDefinition.StandardDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.CompetencyDefinition;
import org.linkworker.trellis.framework.control.FrameworkDefinition.DomainDefinition;
import org.linkworker.trellis.framework.control.FrameworkProfile.StageDefinition;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.testing.CaseRequiredFields;
import org.linkworker.trellis.testing.TestData;

/**
 * The frameworks the framework-data module ships, each with its code of practice and its profile:
 * the Link Worker Competency Framework and the Health and Wellbeing Coach Competency Framework,
 * each complete, consistent and loadable, and the two able to run side by side (no identifier,
 * stage, domain or competency code of one is the other's).
 */
class ShippedFrameworkTest {

  private static FrameworkBundle lwcf;
  private static FrameworkBundle hwbc;

  @BeforeAll
  static void read() {
    lwcf = TestData.lwcf();
    hwbc = TestData.hwbc();
  }

  static List<FrameworkBundle> shippedFrameworks() {
    return List.of(TestData.lwcf(), TestData.hwbc());
  }

  @Test
  void isAPublishedCurrentFrameworkCalledLwcfVersionOne() {
    assertThat(lwcf.profile().code()).isEqualTo("LWCF");
    assertThat(lwcf.framework().document().version()).isEqualTo("1");
    assertThat(lwcf.framework().document().status()).isEqualTo(FrameworkStatus.PUBLISHED);
    assertThat(lwcf.profile().current()).isTrue();
    assertThat(lwcf.profile().currencyYears()).isEqualTo(3);
    assertThat(lwcf.profile().evidenceThreshold()).isEqualTo(2);
  }

  @Test
  void hasAtLeastEightDomainsFortyCompetenciesFourLevelsFourStagesAndEightStandards() {
    assertThat(lwcf.framework().domains()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(lwcf.framework().competencies().count()).isGreaterThanOrEqualTo(40);
    assertThat(lwcf.framework().levels())
        .extracting(FrameworkDefinition.LevelDefinition::name)
        .containsExactly("Foundation", "Practitioner", "Experienced", "Leading");
    assertThat(lwcf.profile().stages()).hasSize(4);
    assertThat(lwcf.codeOfPractice().standards()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theStagesRunFromTraineeToLead() {
    assertThat(lwcf.profile().stages())
        .extracting(StageDefinition::title)
        .containsExactly(
            "Trainee link worker", "Link worker", "Senior link worker", "Lead link worker");
  }

  @Test
  void theSecondProfessionIsAPublishedCurrentFrameworkCalledHwbcVersionOne() {
    assertThat(hwbc.profile().code()).isEqualTo("HWBC");
    assertThat(hwbc.framework().document().title())
        .isEqualTo("Health and Wellbeing Coach Competency Framework");
    assertThat(hwbc.framework().document().version()).isEqualTo("1");
    assertThat(hwbc.framework().document().status()).isEqualTo(FrameworkStatus.PUBLISHED);
    assertThat(hwbc.profile().current()).isTrue();
    assertThat(hwbc.profile().currencyYears()).isEqualTo(3);
    assertThat(hwbc.profile().evidenceThreshold()).isEqualTo(2);
  }

  @Test
  void theSecondProfessionHasFiveDomainsTwentyTwoCompetenciesItsOwnLevelsAndFourStages() {
    assertThat(hwbc.framework().domains())
        .extracting(DomainDefinition::code)
        .containsExactly("CO", "BC", "PS", "GW", "SP");
    assertThat(hwbc.framework().competencies().count()).isEqualTo(22);
    assertThat(hwbc.framework().levels())
        .extracting(FrameworkDefinition.LevelDefinition::name)
        .containsExactly("Developing", "Skilled", "Advanced", "Leading");
    assertThat(hwbc.profile().stages())
        .extracting(StageDefinition::code, StageDefinition::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "TRAINEE_COACH", "Trainee health and wellbeing coach"),
            org.assertj.core.groups.Tuple.tuple("COACH", "Health and wellbeing coach"),
            org.assertj.core.groups.Tuple.tuple(
                "SENIOR_COACH", "Senior health and wellbeing coach"),
            org.assertj.core.groups.Tuple.tuple("LEAD_COACH", "Lead health and wellbeing coach"));
    assertThat(hwbc.codeOfPractice().document().title())
        .isEqualTo("Code of Practice for Health and Wellbeing Coaches");
    assertThat(hwbc.codeOfPractice().standards()).hasSize(6);
  }

  @Test
  void theTwoFrameworksShareNoIdentifierStageDomainOrCompetencyCode() {
    assertThat(identifiers(hwbc)).doesNotContainAnyElementsOf(identifiers(lwcf));
    assertThat(hwbc.profile().stages().stream().map(StageDefinition::code).toList())
        .doesNotContainAnyElementsOf(
            lwcf.profile().stages().stream().map(StageDefinition::code).toList());
    assertThat(hwbc.framework().domains().stream().map(DomainDefinition::code).toList())
        .doesNotContainAnyElementsOf(
            lwcf.framework().domains().stream().map(DomainDefinition::code).toList());
    assertThat(hwbc.framework().competencies().map(CompetencyDefinition::code).toList())
        .doesNotContainAnyElementsOf(
            lwcf.framework().competencies().map(CompetencyDefinition::code).toList());
    assertThat(hwbc.codeOfPractice().standards().stream().map(StandardDefinition::code).toList())
        .doesNotContainAnyElementsOf(
            lwcf.codeOfPractice().standards().stream().map(StandardDefinition::code).toList());
  }

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void everyDomainHasCompetencies(FrameworkBundle bundle) {
    assertThat(bundle.framework().domains())
        .allSatisfy(domain -> assertThat(domain.competencies()).as(domain.code()).isNotEmpty());
  }

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void everyCompetencyHasADescriptorAtEveryLevel(FrameworkBundle bundle) {
    Set<Integer> levels =
        bundle.framework().levels().stream()
            .map(FrameworkDefinition.LevelDefinition::number)
            .collect(Collectors.toSet());
    assertThat(levels).hasSize(4);
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

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void competencyAndDomainCodesAreUnique(FrameworkBundle bundle) {
    List<String> domainCodes =
        bundle.framework().domains().stream().map(DomainDefinition::code).toList();
    List<String> competencyCodes =
        bundle.framework().competencies().map(CompetencyDefinition::code).toList();
    assertThat(domainCodes).doesNotHaveDuplicates();
    assertThat(competencyCodes).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void competencyCodesStartWithTheirDomainCode(FrameworkBundle bundle) {
    assertThat(bundle.framework().domains())
        .allSatisfy(
            domain ->
                assertThat(domain.competencies())
                    .allSatisfy(c -> assertThat(c.code()).startsWith(domain.code() + ".")));
  }

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void everyStageProfileNamesExistingCompetenciesAtExistingLevels(FrameworkBundle bundle) {
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

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void requiredLevelsNeverDecreaseAcrossStages(FrameworkBundle bundle) {
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

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void everyStandardHasBehavioursAndNamesExistingCompetencies(FrameworkBundle bundle) {
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

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void standardCodesAreUnique(FrameworkBundle bundle) {
    assertThat(bundle.codeOfPractice().standards().stream().map(StandardDefinition::code).toList())
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("shippedFrameworks")
  void identifiersAreNotReusedAcrossTheFiles(FrameworkBundle bundle) {
    Set<String> seen = new HashSet<>();
    assertThat(identifiers(bundle)).allSatisfy(id -> assertThat(seen.add(id)).as(id).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {LWCF_PACKAGE, LWCF_CODE_OF_PRACTICE, HWBC_PACKAGE, HWBC_CODE_OF_PRACTICE})
  void caseRequiredFieldsArePresent(String file) {
    assertThat(CaseRequiredFields.missingIn(json(shipped(file)))).isEmpty();
  }

  @Test
  void theProfilesNameBothDocuments() {
    assertThat(json(shipped(LWCF_PROFILE)).getJsonObject("framework").getString("document"))
        .isEqualTo(lwcf.framework().id());
    assertThat(lwcf.profile().codeOfPracticeId()).isEqualTo(lwcf.codeOfPractice().id());
    assertThat(json(shipped(HWBC_PROFILE)).getJsonObject("framework").getString("document"))
        .isEqualTo(hwbc.framework().id());
    assertThat(hwbc.profile().codeOfPracticeId()).isEqualTo(hwbc.codeOfPractice().id());
  }

  /** Every identifier a framework's files give: documents, items, criteria, levels, stages. */
  private static List<String> identifiers(FrameworkBundle bundle) {
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
    return all;
  }
}
