package org.linkworker.trellis.rest.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.framework.boundary.FrameworkSummary;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.rest.framework.FrameworkView.CompetencyView;
import org.linkworker.trellis.rest.framework.FrameworkView.StageView;
import org.linkworker.trellis.rest.framework.FrameworkView.StandardView;

class FrameworkViewTest {

  private final FrameworkView view = FrameworkView.of(SampleFramework.outline());

  @Test
  void keepsTheFrameworksIdentityAndState() {
    assertThat(view.code()).isEqualTo("TEST");
    assertThat(view.version()).isEqualTo("2");
    assertThat(view.title()).isEqualTo("Test framework");
    assertThat(view.status()).isEqualTo(FrameworkStatus.PUBLISHED);
    assertThat(view.current()).isTrue();
  }

  @Test
  void levelsAndDomainsKeepFrameworkOrder() {
    assertThat(view.levels())
        .extracting(FrameworkView.LevelView::name)
        .containsExactly("Foundation", "Practitioner", "Experienced");
    assertThat(view.domains())
        .extracting(FrameworkView.DomainView::code)
        .containsExactly("PC", "CC");
    assertThat(view.domains().get(0).competencies())
        .extracting(CompetencyView::code)
        .containsExactly("PC.1", "PC.10");
  }

  @Test
  void descriptorsAreKeyedByLevelNumberAsTextInLevelOrder() {
    CompetencyView pc1 = view.domains().get(0).competencies().get(0);

    assertThat(pc1.descriptors()).containsOnlyKeys("1", "2", "3");
    assertThat(pc1.descriptors().keySet()).containsExactly("1", "2", "3");
    assertThat(pc1.descriptors().get("2"))
        .isEqualTo("Listens independently across a normal caseload.");
  }

  @Test
  void stagesCarryTheirRequirementsByCompetencyCode() {
    StageView linkWorker = view.stages().get(0);

    assertThat(linkWorker.code()).isEqualTo("LINK_WORKER");
    assertThat(linkWorker.order()).isEqualTo(2);
    assertThat(linkWorker.requirements()).containsEntry("PC.10", 1).containsEntry("CC.1", 2);
  }

  @Test
  void standardsListBehavioursAndCompetencyCodes() {
    StandardView standard = view.codeOfPractice().standards().get(0);

    assertThat(standard.code()).isEqualTo("CP.1");
    assertThat(standard.behaviours()).hasSize(2);
    assertThat(standard.competencies()).containsExactly("PC.1", "XX.9");
  }

  @Test
  void aFrameworkWithoutCodeOfPracticeMapsToNull() {
    assertThat(FrameworkView.of(SampleFramework.outline(true, null)).codeOfPractice()).isNull();
  }

  @Test
  void aSummaryKeepsEveryListedField() {
    FrameworkSummaryView summary =
        FrameworkSummaryView.of(
            new FrameworkSummary(
                "LWCF", "1", "Link Worker Competency Framework", FrameworkStatus.RETIRED, false));

    assertThat(summary)
        .isEqualTo(
            new FrameworkSummaryView(
                "LWCF", "1", "Link Worker Competency Framework", FrameworkStatus.RETIRED, false));
  }
}
