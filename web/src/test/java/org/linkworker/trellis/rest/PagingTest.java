package org.linkworker.trellis.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkworker.trellis.platform.InvalidInputException;

class PagingTest {

  @Test
  void leftOutTheListStartsAtTheTopAHundredAtATime() {
    assertThat(Paging.of(null, null)).isEqualTo(new Paging(0, 100));
    assertThat(Paging.of("", " ")).isEqualTo(new Paging(0, 100));
  }

  @Test
  void givenValuesAreTakenUpToTheLimit() {
    assertThat(Paging.of("200", "1000")).isEqualTo(new Paging(200, 1000));
    assertThat(Paging.of(" 5 ", "1")).isEqualTo(new Paging(5, 1));
  }

  @ParameterizedTest
  @CsvSource({"-1,offset", "ten,offset", "1.5,offset", "99999999999,offset"})
  void aBadOffsetIsNamed(String offset, String field) {
    assertThatThrownBy(() -> Paging.of(offset, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys(field));
  }

  @ParameterizedTest
  @CsvSource({"0", "1001", "-5", "lots"})
  void aBadLimitIsNamedWithItsRange(String limit) {
    assertThatThrownBy(() -> Paging.of(null, limit))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .containsOnlyKeys("limit")
                    .containsValue("limit must be a whole number from 1 to 1000."));
  }

  @Test
  void bothBadValuesAreNamedTogether() {
    assertThatThrownBy(() -> Paging.of("x", "y"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("offset", "limit"));
  }
}
