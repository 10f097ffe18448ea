package org.linkworker.trellis.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.AuditEntryView;
import org.linkworker.trellis.identity.boundary.IssuedToken;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.boundary.PersonChange;
import org.linkworker.trellis.identity.boundary.TokenView;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;

class PayloadsTest {

  private static final org.linkworker.trellis.identity.boundary.PersonView ALEX =
      new org.linkworker.trellis.identity.boundary.PersonView(
          "alex.link",
          "Alex Link",
          Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
          "org-1",
          "Riverside PCN",
          "LW",
          "sam.super",
          true,
          3);

  private static String[] fields(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .toArray(String[]::new);
  }

  @Test
  void meHasExactlyTheFieldsApiMdPromises() {
    assertThat(fields(MeView.class))
        .containsExactly("username", "displayName", "roles", "organisation", "stage");

    MeView me = MeView.of(ALEX);
    assertThat(me.organisation()).isEqualTo("org-1");
    assertThat(me.roles()).containsExactly(Role.LINK_WORKER, Role.SUPERVISOR);
  }

  @Test
  void thePersonViewNamesTheOrganisationByIdAndNeverCarriesACredential() {
    assertThat(fields(PersonAccountView.class))
        .containsExactly(
            "username",
            "displayName",
            "roles",
            "organisation",
            "stage",
            "supervisor",
            "active",
            "version",
            "email",
            "emailReminders")
        .doesNotContain("password");

    PersonAccountView person = PersonAccountView.of(ALEX);
    assertThat(person.organisation()).isEqualTo("org-1");
    assertThat(person.roles()).containsExactly(Role.LINK_WORKER, Role.SUPERVISOR);
    assertThat(person.version()).isEqualTo(3);
  }

  @Test
  void theStewardBelongsToNoOrganisation() {
    org.linkworker.trellis.identity.boundary.PersonView steward =
        new org.linkworker.trellis.identity.boundary.PersonView(
            "stew", "Stew", Set.of(Role.STEWARD), null, null, null, null, true, 0);

    assertThat(MeView.of(steward).organisation()).isNull();
    assertThat(MeView.of(steward).stage()).isNull();
  }

  @Test
  void aNewPersonGetsTheRolesAsASetAndNoneWhenLeftOut() {
    NewPersonPayload payload =
        new NewPersonPayload(
            "alex.link",
            "Alex Link",
            "correct horse battery",
            java.util.Arrays.asList(Role.LINK_WORKER, null, Role.LINK_WORKER),
            "LW",
            "sam.super",
            " alex.link@example.org ");

    assertThat(payload.toNewPerson().roles()).containsExactly(Role.LINK_WORKER);
    assertThat(payload.toNewPerson().password()).isEqualTo("correct horse battery");
    assertThat(payload.toNewPerson().email()).isEqualTo("alex.link@example.org");
    assertThat(new NewPersonPayload("a", "b", "c", null, null, null, null).toNewPerson().roles())
        .isEmpty();
    assertThat(payload.toString()).doesNotContain("correct horse battery");
  }

  @Test
  void aChangeWithoutAVersionIsRefusedNamingTheField() {
    PersonChangePayload change =
        new PersonChangePayload("New Name", null, null, null, null, null, null);

    assertThatThrownBy(change::toPersonChange)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("version"));
  }

  @Test
  void aChangeLeavesWhatItLeavesOutAsItIs() {
    PersonChange change =
        new PersonChangePayload(null, null, "SLW", null, null, null, 4L).toPersonChange();

    assertThat(change).isEqualTo(new PersonChange(null, null, "SLW", null, 4));
  }

  @Test
  void aTokenLastsNinetyDaysUnlessToldOtherwise() {
    assertThat(new NewTokenPayload("script", null).daysOrDefault()).isEqualTo(90);
    assertThat(new NewTokenPayload("script", 7).daysOrDefault()).isEqualTo(7);
  }

  @Test
  void anIssuedTokenCarriesItsSecretOnceAndAListedTokenNever() {
    Instant created = Instant.parse("2026-11-25T10:00:00Z");
    TokenView token = new TokenView("t1", "script", created, created.plusSeconds(86_400), null);

    IssuedTokenView issued = IssuedTokenView.of(new IssuedToken(token, "tr_secret"));
    assertThat(fields(IssuedTokenView.class))
        .containsExactly("id", "name", "createdAt", "expiresAt", "secret");
    assertThat(issued.secret()).isEqualTo("tr_secret");
    assertThat(issued.toString()).doesNotContain("tr_secret");

    assertThat(fields(TokenView.class)).doesNotContain("secret");
  }

  @Test
  void theBoundaryRecordsTheApiReturnsAsTheyAreCarryTheFieldsItPromisesInOrder() {
    assertThat(fields(OrganisationView.class)).containsExactly("id", "name", "kind", "version");
    assertThat(fields(TokenView.class))
        .containsExactly("id", "name", "createdAt", "expiresAt", "revokedAt");
    assertThat(fields(AuditEntryView.class))
        .containsExactly("id", "at", "actor", "action", "subject", "detail");

    for (Class<? extends Record> view :
        List.of(OrganisationView.class, TokenView.class, AuditEntryView.class)) {
      assertThat(view.getAnnotation(JsonbPropertyOrder.class).value())
          .as("JSON order of %s", view.getSimpleName())
          .containsExactly(fields(view));
    }
    // A live token's revokedAt and an entry's missing detail are sent as null, not left out.
    assertThat(TokenView.class.getAnnotation(JsonbNillable.class)).isNotNull();
    assertThat(AuditEntryView.class.getAnnotation(JsonbNillable.class)).isNotNull();
  }

  @Test
  void anOrganisationPayloadBecomesTheBoundarysNewOrganisation() {
    assertThat(
            new OrganisationPayload("Acme Training", OrganisationKind.PROVIDER)
                .toNewOrganisation()
                .kind())
        .isEqualTo(OrganisationKind.PROVIDER);
  }

  @Test
  void auditDatesMustBeDates() {
    Map<String, String> errors = new java.util.LinkedHashMap<>();

    assertThat(AuditEntriesResource.date("from", "2026-04-01", errors)).hasToString("2026-04-01");
    assertThat(AuditEntriesResource.date("to", null, errors)).isNull();
    assertThat(AuditEntriesResource.date("to", "1 April", errors)).isNull();
    assertThat(errors).containsOnlyKeys("to");
  }
}
