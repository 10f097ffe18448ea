package org.linkworker.trellis.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.TokenView;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.identity.AuditBacking.DateFilter;
import org.linkworker.trellis.web.identity.TokensBacking.TokenRow;

/** The small rules of the account, token, organisation and audit pages. */
class IdentityPagesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void aTokenIsActiveExpiredOrRevoked() {
    List<TokenRow> rows =
        TokensBacking.rows(
            List.of(
                new TokenView("a", "live", NOW.minusSeconds(60), NOW.plusSeconds(60), null),
                new TokenView("b", "old", NOW.minusSeconds(120), NOW, null),
                new TokenView("c", "gone", NOW.minusSeconds(120), NOW.plusSeconds(60), NOW)),
            NOW);

    assertThat(rows.get(0).isActive()).isTrue();
    assertThat(rows.get(1).expired()).isTrue();
    assertThat(rows.get(1).isActive()).isFalse();
    assertThat(rows.get(2).revoked()).isTrue();
    assertThat(rows.get(2).expired()).isFalse();
    assertThat(rows.get(0).elementId()).isEqualTo("token-a");
  }

  @Test
  void aTokenLastsNinetyDaysUnlessThePersonSaysOtherwise() {
    assertThat(TokensBacking.DEFAULT_DAYS).isEqualTo(90);
    assertThat(TokensBacking.INPUTS).containsOnlyKeys("name", "days");
  }

  @Test
  void theAuditFilterTellsNoDateFromAWrongOne() {
    assertThat(DateFilter.of(null)).isEqualTo(new DateFilter(null, false));
    assertThat(DateFilter.of(" 2026-04-01 ").date()).hasToString("2026-04-01");
    assertThat(DateFilter.of("01/04/2026").invalid()).isTrue();
  }

  @Test
  void everyAuditActionTheFilterOffersHasALabel() {
    assertThat(AuditBacking.ACTIONS)
        .allSatisfy(
            action -> assertThat(Texts.has("admin_audit.action." + action)).as(action).isTrue());
  }

  @Test
  void passwordFieldsOfTheBoundaryMeetTheirInputs() {
    assertThat(PasswordBacking.INPUTS)
        .containsEntry("currentPassword", "current-password")
        .containsEntry("newPassword", "new-password");
  }

  @Test
  void rowIdsKeepOnlyCharactersAnIdMayHold() {
    assertThat(RowIds.of("person", "alex.link@x y")).isEqualTo("person-alex-link-x-y");
  }

  @Test
  void signInInputIsCutToAFixedLength() {
    assertThat(LoginBacking.cut(null)).isEmpty();
    assertThat(LoginBacking.cut("x".repeat(500))).hasSize(LoginBacking.MAX_LENGTH);
  }
}
