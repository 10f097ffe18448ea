package org.linkworker.trellis.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkworker.trellis.FakeFrameworkService;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.web.framework.FrameworkBrowseBacking.CompetencyCard;
import org.linkworker.trellis.web.framework.FrameworkBrowseBacking.DescriptorRow;

class FrameworkBrowseBackingTest {

  private FrameworkBrowseBacking backing(FakeFrameworkService service) {
    return new FrameworkBrowseBacking(FrameworkLookupTest.nobodySignedIn(service));
  }

  @Test
  void withoutSearchEveryDomainAndCompetencyIsShownAndCounted() {
    FrameworkBrowseBacking page = backing(new FakeFrameworkService(SampleFramework.outline()));
    page.load();

    assertThat(page.isFound()).isTrue();
    assertThat(page.isSearching()).isFalse();
    assertThat(page.getSections()).hasSize(2);
    assertThat(page.getMatchCount()).isEqualTo(3);
  }

  @Test
  void aSearchCountsOnlyTheCompetenciesThatMatch() {
    FrameworkBrowseBacking page = backing(new FakeFrameworkService(SampleFramework.outline()));
    page.setQuery("  independently ");
    page.load();

    assertThat(page.isSearching()).isTrue();
    assertThat(page.getSearchText()).isEqualTo("independently");
    assertThat(page.getMatchCount()).isEqualTo(2);
    assertThat(page.getSections()).hasSize(1);
  }

  @Test
  void aSearchWithoutMatchesLeavesNoSections() {
    FrameworkBrowseBacking page = backing(new FakeFrameworkService(SampleFramework.outline()));
    page.setQuery("spreadsheet");
    page.load();

    assertThat(page.getMatchCount()).isZero();
    assertThat(page.getSections()).isEmpty();
  }

  @Test
  void eachCompetencyCarriesItsElementIdAndDescriptorsNamedByLevel() {
    FrameworkBrowseBacking page = backing(new FakeFrameworkService(SampleFramework.outline()));
    page.load();

    CompetencyCard first = page.getSections().get(0).competencies().get(0);
    assertThat(page.getSections().get(0).elementId()).isEqualTo("domain-PC");
    assertThat(first.elementId()).isEqualTo("competency-PC-1");
    assertThat(first.descriptors())
        .extracting(DescriptorRow::level, DescriptorRow::levelName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Foundation"),
            org.assertj.core.groups.Tuple.tuple(2, "Practitioner"),
            org.assertj.core.groups.Tuple.tuple(3, "Experienced"));
  }

  @Test
  void withNoFrameworkLoadedThePageShowsItsEmptyStateInsteadOfFailing() {
    FrameworkBrowseBacking page = backing(new FakeFrameworkService(null));
    page.setQuery("listen");
    page.load();

    assertThat(page.isFound()).isFalse();
    assertThat(page.isVersionNamed()).isFalse();
    assertThat(page.getSections()).isEmpty();
    assertThat(page.getMatchCount()).isZero();
  }
}
