package org.linkworker.trellis.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Page;

/** The steward pages through the audit log, narrowed by actor, action and dates. */
class AuditServiceTest {

  private IdentityTestBed bed;
  private Caller steward;

  @BeforeEach
  void setUp() {
    bed = new IdentityTestBed();
    String riverside = bed.organisation("Riverside", OrganisationKind.EMPLOYER);
    bed.person("steward", null, Role.STEWARD);
    bed.person("emma.employer", riverside, Role.EMPLOYER);
    steward = bed.caller("steward");
    // Three days of entries, 09:00 UTC on 24, 25 and 26 November 2026.
    bed.clock.advance(Duration.ofDays(-1));
    record("emma.employer", AuditAction.SIGN_IN);
    bed.clock.advance(Duration.ofDays(1));
    record("emma.employer", AuditAction.PERSON_ADDED);
    record("steward", AuditAction.SIGN_IN);
    bed.clock.advance(Duration.ofDays(1));
    record("intruder", AuditAction.SIGN_IN_FAILED);
  }

  @AfterEach
  void tearDown() {
    bed.close();
  }

  private void record(String actor, AuditAction action) {
    bed.query(
        em -> {
          bed.auditLog(em).record(actor, action, "person:" + actor, null);
          return null;
        });
  }

  private Page<AuditEntryView> find(AuditFilter filter, int offset, int limit) {
    return bed.audit(a -> a.find(steward, filter, offset, limit));
  }

  private static AuditFilter all() {
    return new AuditFilter(null, null, null, null);
  }

  @Test
  void entriesComeNewestFirst() {
    assertThat(find(all(), 0, 10).items())
        .extracting(AuditEntryView::action)
        .containsExactly("SIGN_IN_FAILED", "SIGN_IN", "PERSON_ADDED", "SIGN_IN");
  }

  @Test
  void theLogIsPagedWithTheWholeCount() {
    Page<AuditEntryView> page = find(all(), 1, 2);

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items())
        .extracting(AuditEntryView::action)
        .containsExactly("SIGN_IN", "PERSON_ADDED");
    assertThat(find(all(), 0, Page.MAX_LIMIT * 5).limit()).isEqualTo(Page.MAX_LIMIT);
    assertThatThrownBy(() -> find(all(), 0, 0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theActorMatchesExactlyIgnoringCase() {
    Page<AuditEntryView> emma = find(new AuditFilter("Emma.Employer", null, null, null), 0, 10);

    assertThat(emma.total()).isEqualTo(2);
    assertThat(emma.items()).extracting(AuditEntryView::actor).containsOnly("emma.employer");
    assertThat(find(new AuditFilter("emma", null, null, null), 0, 10).total()).isZero();
  }

  @Test
  void theActionNarrowsTheLog() {
    assertThat(find(new AuditFilter(null, "SIGN_IN", null, null), 0, 10).items())
        .extracting(AuditEntryView::actor)
        .containsExactly("steward", "emma.employer");
    assertThat(find(new AuditFilter("steward", "sign_in", null, null), 0, 10).total()).isOne();
  }

  @Test
  void theDatesAreWholeDaysAtBothEnds() {
    LocalDate day = LocalDate.of(2026, 11, 25);

    assertThat(find(new AuditFilter(null, null, day, day), 0, 10).items())
        .extracting(AuditEntryView::action)
        .containsExactly("SIGN_IN", "PERSON_ADDED");
    assertThat(find(new AuditFilter(null, null, day, null), 0, 10).total()).isEqualTo(3);
    assertThat(find(new AuditFilter(null, null, null, day), 0, 10).total()).isEqualTo(3);
    assertThatThrownBy(() -> find(new AuditFilter(null, null, day, day.minusDays(1)), 0, 10))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("to"));
  }

  @Test
  void onlyTheStewardReadsTheLog() {
    Caller emma = bed.caller("emma.employer");

    assertThatThrownBy(() -> bed.audit(a -> a.find(emma, all(), 0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void anEntryCannotBeChangedOrRemoved() {
    assertThatThrownBy(
            () ->
                bed.query(
                    em -> {
                      em.remove(
                          em.createQuery("select e from AuditEntry e", AuditEntry.class)
                              .setMaxResults(1)
                              .getSingleResult());
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("append-only");
    assertThat(find(all(), 0, 10).total()).isEqualTo(4);
  }

  @Test
  void longTextIsCutToItsColumnRatherThanLost() {
    String name = "x".repeat(500);

    record(name, AuditAction.SIGN_IN_FAILED);

    AuditEntryView entry = find(all(), 0, 1).items().get(0);
    assertThat(entry.actor()).hasSize(100).endsWith("…");
  }
}
