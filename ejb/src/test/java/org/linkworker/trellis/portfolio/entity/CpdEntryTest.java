package org.linkworker.trellis.portfolio.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.StateConflictException;

/** The CPD entry's life, every allowed and every refused transition. */
class CpdEntryTest {

  private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  private static final Organisation RIVERSIDE =
      Organisation.create("Riverside", OrganisationKind.EMPLOYER);
  private static final Person ALEX =
      Person.create("alex.link", "Alex", RIVERSIDE, Set.of(Role.LINK_WORKER), "hash");

  private static CpdEntry draft() {
    return new CpdEntry(
        ALEX,
        LocalDate.of(2026, 11, 20),
        "Peer session",
        ActivityType.PEER_LEARNING,
        BigDecimal.ONE,
        NOW);
  }

  private static CpdEntry in(EntryStatus status) {
    CpdEntry entry = draft();
    switch (status) {
      case DRAFT -> {}
      case SUBMITTED -> entry.submit(NOW);
      case VERIFIED -> {
        entry.submit(NOW);
        entry.verify("sam.supervisor", null, NOW);
      }
      case RETURNED -> {
        entry.submit(NOW);
        entry.returnWith("sam.supervisor", "Add what you learned", NOW);
      }
    }
    return entry;
  }

  @Test
  void aNewEntryIsADraftThatItsOwnerMayStillChange() {
    CpdEntry entry = draft();
    assertThat(entry.getStatus()).isEqualTo(EntryStatus.DRAFT);
    assertThat(
            entry.describe(
                LocalDate.of(2026, 11, 21),
                "Peer session on benefits",
                ActivityType.PEER_LEARNING,
                new BigDecimal("1.5"),
                true,
                null,
                "CP.1",
                new Reflection("We met", "Universal credit", "I will check eligibility")))
        .isTrue();
    assertThat(entry.getReflection().isComplete()).isTrue();
    assertThat(entry.isParticipatory()).isTrue();
  }

  @Test
  void aDraftIsSubmittedThenVerifiedBySomeoneElseWithTheirNote() {
    CpdEntry entry = draft();
    entry.submit(NOW);
    assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
    assertThat(entry.getSubmittedAt()).isEqualTo(NOW);

    entry.verify("sam.supervisor", "Good reflection", NOW.plusSeconds(60));
    assertThat(entry.getStatus()).isEqualTo(EntryStatus.VERIFIED);
    assertThat(entry.getDecidedBy()).isEqualTo("sam.supervisor");
    assertThat(entry.getDecidedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(entry.getDecisionNote()).isEqualTo("Good reflection");
  }

  @Test
  void aReturnedEntryCarriesItsReasonAndIsEditedAndSubmittedAgain() {
    CpdEntry entry = in(EntryStatus.RETURNED);
    assertThat(entry.getDecisionNote()).isEqualTo("Add what you learned");
    entry.claim(List.of(new Claim("c-1", "PC.1", 2)));
    entry.submit(NOW);
    assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
  }

  @Test
  void aReturnWithoutAReasonIsRefusedNamingTheField() {
    CpdEntry entry = in(EntryStatus.SUBMITTED);
    assertThatThrownBy(() -> entry.returnWith("sam.supervisor", "  ", NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("reason"));
    assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
  }

  @Test
  void nobodyVerifiesOrReturnsTheirOwnEntry() {
    CpdEntry entry = in(EntryStatus.SUBMITTED);
    assertThatThrownBy(() -> entry.verify("alex.link", null, NOW))
        .isInstanceOf(StateConflictException.class)
        .hasMessageContaining("own entry");
    assertThatThrownBy(() -> entry.returnWith("alex.link", "Because", NOW))
        .isInstanceOf(StateConflictException.class);
    assertThat(entry.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
  }

  @Test
  void everyRefusedTransitionSaysWhatTheEntryIsAndChangesNothing() {
    for (EntryStatus status : List.of(EntryStatus.SUBMITTED, EntryStatus.VERIFIED)) {
      CpdEntry entry = in(status);
      assertThatThrownBy(() -> entry.submit(NOW))
          .as("submit from %s", status)
          .isInstanceOf(StateConflictException.class)
          .hasMessageContaining(status.name());
      assertThat(entry.getStatus()).isEqualTo(status);
    }
    for (EntryStatus status :
        List.of(EntryStatus.DRAFT, EntryStatus.VERIFIED, EntryStatus.RETURNED)) {
      CpdEntry entry = in(status);
      assertThatThrownBy(() -> entry.verify("sam.supervisor", null, NOW))
          .as("verify from %s", status)
          .isInstanceOf(StateConflictException.class)
          .hasMessageContaining(status.name());
      assertThatThrownBy(() -> entry.returnWith("sam.supervisor", "Because", NOW))
          .as("return from %s", status)
          .isInstanceOf(StateConflictException.class);
      assertThat(entry.getStatus()).isEqualTo(status);
    }
  }

  @Test
  void aSubmittedOrVerifiedEntryCannotBeChangedByAnyone() {
    for (EntryStatus status : List.of(EntryStatus.SUBMITTED, EntryStatus.VERIFIED)) {
      CpdEntry entry = in(status);
      assertThatThrownBy(
              () ->
                  entry.describe(
                      LocalDate.of(2026, 11, 20),
                      "Changed",
                      ActivityType.OTHER,
                      BigDecimal.ONE,
                      false,
                      null,
                      null,
                      new Reflection(null, null, null)))
          .as("describe when %s", status)
          .isInstanceOf(StateConflictException.class);
      assertThatThrownBy(() -> entry.claim(List.of(new Claim("c-1", "PC.1", 1))))
          .isInstanceOf(StateConflictException.class);
      assertThat(entry.getTitle()).isEqualTo("Peer session");
    }
  }

  @Test
  void aReflectiveAccountHasAllThreePartsWritten() {
    assertThat(new Reflection("a", "b", "c").isComplete()).isTrue();
    assertThat(new Reflection("a", " ", "c").isComplete()).isFalse();
    assertThat(new Reflection(null, "b", "c").isComplete()).isFalse();
  }
}
