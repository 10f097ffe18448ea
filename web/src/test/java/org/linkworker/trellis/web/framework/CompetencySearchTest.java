package org.linkworker.trellis.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;

class CompetencySearchTest {

  private final List<DomainView> domains = SampleFramework.outline().domains();

  @Test
  void blankOrMissingQueryIsNoSearchAndKeepsEveryDomain() {
    for (String input : new String[] {null, "", "   "}) {
      CompetencySearch search = CompetencySearch.of(input);
      assertThat(search.isActive()).isFalse();
      assertThat(search.filter(domains)).isSameAs(domains);
    }
  }

  @Test
  void queryIsShownBackTrimmed() {
    assertThat(CompetencySearch.of("  listens  ").query()).isEqualTo("listens");
  }

  @Test
  void wordsMatchStatementsWhateverTheirCase() {
    assertThat(codes(CompetencySearch.of("LISTENS").filter(domains))).containsExactly("PC.1");
  }

  @Test
  void partOfAWordIsEnough() {
    assertThat(codes(CompetencySearch.of("listen").filter(domains))).containsExactly("PC.1");
  }

  @Test
  void everyWordMustAppearSomewhere() {
    assertThat(codes(CompetencySearch.of("goals complex").filter(domains)))
        .containsExactly("PC.10");
    assertThat(CompetencySearch.of("goals café").filter(domains)).isEmpty();
  }

  @Test
  void levelDescriptorsAreSearchedToo() {
    assertThat(codes(CompetencySearch.of("lunch clubs").filter(domains))).containsExactly("CC.1");
  }

  @Test
  void accentsAreIgnoredBothWays() {
    assertThat(codes(CompetencySearch.of("cafe").filter(domains))).containsExactly("CC.1");
    assertThat(codes(CompetencySearch.of("lïstens").filter(domains))).containsExactly("PC.1");
  }

  @Test
  void anExactCodeFindsThatCompetencyAloneNotLongerCodesStartingWithIt() {
    assertThat(codes(CompetencySearch.of("PC.1").filter(domains))).containsExactly("PC.1");
    assertThat(codes(CompetencySearch.of("pc.10").filter(domains))).containsExactly("PC.10");
  }

  @Test
  void aDomainCodeFindsEveryCompetencyOfThatDomain() {
    assertThat(codes(CompetencySearch.of("PC").filter(domains))).containsExactly("PC.1", "PC.10");
  }

  @Test
  void domainsWithoutAMatchAreLeftOutAndOrderIsKept() {
    List<DomainView> found = CompetencySearch.of("person").filter(domains);
    assertThat(found).extracting(DomainView::code).containsExactly("PC");

    List<DomainView> both = CompetencySearch.of("with").filter(domains);
    assertThat(both).extracting(DomainView::code).containsExactly("PC");
    assertThat(codes(CompetencySearch.of("independently").filter(domains)))
        .containsExactly("PC.1", "PC.10");
  }

  @Test
  void queryWithNoMatchFindsNothing() {
    assertThat(CompetencySearch.of("spreadsheet").filter(domains)).isEmpty();
  }

  @Test
  void overlongInputIsCutToTheMaximumLength() {
    CompetencySearch search = CompetencySearch.of("a".repeat(CompetencySearch.MAX_LENGTH + 50));
    assertThat(search.query()).hasSize(CompetencySearch.MAX_LENGTH);
  }

  private static List<String> codes(List<DomainView> domains) {
    return domains.stream()
        .flatMap(domain -> domain.competencies().stream())
        .map(CompetencyView::code)
        .toList();
  }
}
