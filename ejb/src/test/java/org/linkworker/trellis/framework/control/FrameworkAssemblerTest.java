package org.linkworker.trellis.framework.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkworker.trellis.framework.control.FrameworkAssembler.AssembledFramework;
import org.linkworker.trellis.framework.entity.CareerStage;
import org.linkworker.trellis.framework.entity.Competency;
import org.linkworker.trellis.framework.entity.Domain;
import org.linkworker.trellis.framework.entity.Framework;
import org.linkworker.trellis.framework.entity.Level;
import org.linkworker.trellis.framework.entity.Standard;
import org.linkworker.trellis.testing.TestData;

class FrameworkAssemblerTest {

  private final FrameworkAssembler assembler = new FrameworkAssembler();

  @Test
  void keepsCaseIdentifiersAsEntityIdentifiers() {
    FrameworkBundle bundle = TestData.mini();

    Framework framework = assembler.assemble(bundle).framework();

    assertThat(framework.getId()).isEqualTo(bundle.framework().id());
    assertThat(framework.getDomains())
        .extracting(Domain::getId)
        .containsExactlyElementsOf(bundle.framework().domains().stream().map(d -> d.id()).toList());
  }

  @Test
  void numbersPositionsInReadingOrder() {
    Framework framework = assembler.assemble(TestData.mini()).framework();

    assertThat(framework.getDomains())
        .extracting(Domain::getCode, Domain::getPosition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BB", 1),
            org.assertj.core.groups.Tuple.tuple("AA", 2));
    assertThat(framework.getDomains().get(1).getCompetencies())
        .extracting(Competency::getCode, Competency::getPosition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AA.2", 1),
            org.assertj.core.groups.Tuple.tuple("AA.1", 2));
    assertThat(framework.getLevels()).extracting(Level::getNumber).containsExactly(1, 2, 3, 4);
  }

  @Test
  void takesCodeCurrencyAndEvidenceRulesFromTheProfile() {
    Framework framework = assembler.assemble(TestData.mini()).framework();

    assertThat(framework.getCode()).isEqualTo("MINI");
    assertThat(framework.isCurrent()).isTrue();
    assertThat(framework.getCurrencyYears()).isEqualTo(3);
    assertThat(framework.getEvidenceThreshold()).isEqualTo(2);
  }

  @Test
  void buildsStageProfilesFromTheRequirements() {
    Framework framework = assembler.assemble(TestData.mini()).framework();
    CareerStage senior = framework.getStages().get(1);
    Competency beta = framework.getDomains().get(0).getCompetencies().get(0);

    assertThat(senior.getCode()).isEqualTo("SENIOR");
    assertThat(senior.requiredLevel(beta)).hasValue(3);
    assertThat(framework.getStages().get(0).getRequirements()).hasSize(2);
  }

  @Test
  void derivedIdentifiersAreTheSameAtEveryImport() {
    Framework first = assembler.assemble(TestData.mini()).framework();
    Framework second = assembler.assemble(TestData.mini()).framework();

    assertThat(first.getLevels())
        .extracting(Level::getId)
        .containsExactlyElementsOf(second.getLevels().stream().map(Level::getId).toList())
        .doesNotHaveDuplicates();
    assertThat(first.getStages().get(1).getRequirements().get(0).getId())
        .isEqualTo(second.getStages().get(1).getRequirements().get(0).getId());
  }

  @Test
  void linksStandardsToCompetenciesOfTheSameFramework() {
    AssembledFramework assembled = assembler.assemble(TestData.mini());
    Standard listen = assembled.codeOfPractice().getStandards().get(0);

    assertThat(listen.getCompetencies())
        .extracting(Competency::getCode)
        .containsExactlyInAnyOrder("AA.1", "BB.1");
    assertThat(listen.getBehaviours()).hasSize(2);
    assertThat(assembled.codeOfPractice().getFramework()).isSameAs(assembled.framework());
  }
}
