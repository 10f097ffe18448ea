package org.linkworker.trellis.web.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElementIdsTest {

  @Test
  void dotsInCodesBecomeHyphens() {
    assertThat(ElementIds.competency("PC.3")).isEqualTo("competency-PC-3");
    assertThat(ElementIds.standard("CP.10")).isEqualTo("standard-CP-10");
    assertThat(ElementIds.domain("PC")).isEqualTo("domain-PC");
  }

  @Test
  void anyCharacterAnIdShouldNotCarryBecomesAHyphen() {
    assertThat(ElementIds.competency(" A b/c ")).isEqualTo("competency-A-b-c");
  }
}
