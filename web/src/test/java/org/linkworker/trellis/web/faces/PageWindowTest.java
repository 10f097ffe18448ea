package org.linkworker.trellis.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageWindowTest {

  @Test
  void theFirstPageHasNoPreviousAndANextWhenMoreRowsFollow() {
    PageWindow window = new PageWindow(0, 50, 50, 120);

    assertThat(window.getFirst()).isEqualTo(1);
    assertThat(window.getLast()).isEqualTo(50);
    assertThat(window.isPrevious()).isFalse();
    assertThat(window.isNext()).isTrue();
    assertThat(window.getNextOffset()).isEqualTo(50);
  }

  @Test
  void theLastPageHasAPreviousAndNoNext() {
    PageWindow window = new PageWindow(100, 50, 20, 120);

    assertThat(window.getFirst()).isEqualTo(101);
    assertThat(window.getLast()).isEqualTo(120);
    assertThat(window.isNext()).isFalse();
    assertThat(window.getPreviousOffset()).isEqualTo(50);
  }

  @Test
  void anEmptyListShowsNothing() {
    PageWindow window = new PageWindow(0, 50, 0, 0);

    assertThat(window.getFirst()).isZero();
    assertThat(window.isPrevious()).isFalse();
    assertThat(window.isNext()).isFalse();
  }

  @Test
  void anOffsetThatIsNotAWholeNumberOfZeroOrMoreMeansTheFirstPage() {
    assertThat(PageWindow.offsetOf(null)).isZero();
    assertThat(PageWindow.offsetOf("-50")).isZero();
    assertThat(PageWindow.offsetOf("fifty")).isZero();
    assertThat(PageWindow.offsetOf(" 100 ")).isEqualTo(100);
  }
}
