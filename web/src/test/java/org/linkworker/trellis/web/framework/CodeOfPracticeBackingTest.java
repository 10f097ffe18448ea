package org.linkworker.trellis.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.FakeFrameworkService;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.web.framework.CodeOfPracticeBacking.LinkedCompetency;
import org.linkworker.trellis.web.framework.CodeOfPracticeBacking.StandardEntry;

class CodeOfPracticeBackingTest {

  @Test
  void eachStandardLinksItsCompetenciesWithTheirStatements() {
    List<StandardEntry> entries = CodeOfPracticeBacking.entries(SampleFramework.outline());

    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).elementId()).isEqualTo("standard-CP-1");
    assertThat(entries.get(0).competencies().get(0))
        .isEqualTo(new LinkedCompetency("PC.1", "Listens to what matters to the person"));
  }

  @Test
  void aCompetencyCodeTheFrameworkDoesNotHoldIsKeptWithoutAStatement() {
    LinkedCompetency unknown =
        CodeOfPracticeBacking.entries(SampleFramework.outline()).get(0).competencies().get(1);

    assertThat(unknown.code()).isEqualTo("XX.9");
    assertThat(unknown.isKnown()).isFalse();
  }

  @Test
  void aFrameworkWithoutACodeOfPracticeHasNoStandards() {
    CodeOfPracticeBacking page =
        new CodeOfPracticeBacking(
            FrameworkLookupTest.nobodySignedIn(
                new FakeFrameworkService(SampleFramework.outline(true, null))),
            null,
            null);
    page.load();

    assertThat(page.isFound()).isTrue();
    assertThat(page.getCodeOfPractice()).isNull();
    assertThat(page.getStandards()).isEmpty();
  }

  @Test
  void withNoFrameworkLoadedThePageIsEmptyNotBroken() {
    CodeOfPracticeBacking page =
        new CodeOfPracticeBacking(
            FrameworkLookupTest.nobodySignedIn(new FakeFrameworkService(null)), null, null);
    page.load();

    assertThat(page.isFound()).isFalse();
    assertThat(page.getCodeOfPractice()).isNull();
    assertThat(page.getStandards()).isEmpty();
  }
}
