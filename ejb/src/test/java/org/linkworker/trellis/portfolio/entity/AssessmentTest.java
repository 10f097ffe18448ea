package org.linkworker.trellis.portfolio.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.StateConflictException;

/** An assessment is made once, never changed, and withdrawn only by whoever made it. */
class AssessmentTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final Organisation RIVERSIDE =
      Organisation.create("Riverside", OrganisationKind.EMPLOYER);
  private static final Person ALEX =
      Person.create("alex.link", "Alex", RIVERSIDE, Set.of(Role.LINK_WORKER), "hash");

  private static Assessment bySam() {
    return new Assessment(
        ALEX, "competency-id", "PC.1", 2, LocalDate.of(2026, 11, 20), "sam.supervisor", null, NOW);
  }

  @Test
  void aNewAssessmentStandsUntilItsSupervisorWithdrawsIt() {
    Assessment assessment = bySam();
    assertThat(assessment.isWithdrawn()).isFalse();
    assertThat(assessment.getRecordedAt()).isEqualTo(NOW);

    Instant later = NOW.plusSeconds(60);
    assessment.withdraw("sam.supervisor", later);

    assertThat(assessment.isWithdrawn()).isTrue();
    assertThat(assessment.getWithdrawnAt()).isEqualTo(later);
    assertThat(assessment.getLevel()).isEqualTo(2);
  }

  @Test
  void nobodyButTheSupervisorWhoMadeItWithdrawsIt() {
    Assessment assessment = bySam();
    assertThatThrownBy(() -> assessment.withdraw("sue.supervisor", NOW))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> assessment.withdraw("alex.link", NOW))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(assessment.isWithdrawn()).isFalse();
  }

  @Test
  void aWithdrawnAssessmentIsNotWithdrawnAgain() {
    Assessment assessment = bySam();
    assessment.withdraw("sam.supervisor", NOW);
    assertThatThrownBy(() -> assessment.withdraw("sam.supervisor", NOW.plusSeconds(1)))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("2026-11-29");
    assertThat(assessment.getWithdrawnAt()).isEqualTo(NOW);
  }

  @Test
  void nobodyAssessesThemself() {
    assertThatThrownBy(
            () ->
                new Assessment(
                    ALEX,
                    "competency-id",
                    "PC.1",
                    2,
                    LocalDate.of(2026, 11, 20),
                    "alex.link",
                    null,
                    NOW))
        .isInstanceOf(StateConflictException.class);
  }
}
