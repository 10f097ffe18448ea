package org.linkworker.trellis.notification.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.notification.entity.Notification;
import org.linkworker.trellis.notification.entity.NotificationKind;

/**
 * Each kind of notification reads as a whole sentence: news of an entry names who acted and on
 * what; a reminder says what it reminds of (its title, made by the reminders job).
 */
class NotificationMessagesTest {

  private static final Person SAM =
      Person.create(
          "sam.supervisor",
          "Sam Okafor",
          Organisation.create("Riverside", OrganisationKind.EMPLOYER),
          java.util.Set.of(Role.SUPERVISOR),
          "h");

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindHasASentenceWithTheActorAndTheTitle(NotificationKind kind) {
    NotificationView view =
        NotificationService.view(
            new Notification(SAM, kind, "entry-1", "Benefits clinic", "Alex Patel", Instant.EPOCH));
    if (kind.isReminder()) {
      assertThat(view.message()).contains("Benefits clinic").endsWith(".").doesNotContain("{");
    } else {
      assertThat(view.message())
          .contains("Alex Patel")
          .contains("\u201cBenefits clinic\u201d")
          .endsWith(".")
          .doesNotContain("{");
    }
    assertThat(view.read()).isFalse();
  }

  @Test
  void aLongTitleIsKeptToTheColumnsLengthAndReadingTwiceKeepsTheFirstTime() {
    Notification n =
        new Notification(
            SAM,
            NotificationKind.ENTRY_SUBMITTED,
            "entry-1",
            "t".repeat(300),
            "Alex Patel",
            Instant.EPOCH);
    assertThat(n.getSubjectTitle()).hasSize(Notification.TITLE_LENGTH);
    n.markRead(Instant.parse("2026-11-01T10:00:00Z"));
    n.markRead(Instant.parse("2026-11-02T10:00:00Z"));
    assertThat(n.getReadAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
  }
}
