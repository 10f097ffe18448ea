package org.linkworker.trellis.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.rest.identity.NewPersonPayload;
import org.linkworker.trellis.rest.identity.NewTokenPayload;
import org.linkworker.trellis.rest.identity.OrganisationPayload;

class PayloadBinderTest {

  /** The shapes that the coming components' bodies have: dates, amounts, nesting, lists of them. */
  record Claim(String competency, int level) {}

  record Reflection(String what, String learned) {}

  record Entry(
      LocalDate date,
      BigDecimal hours,
      boolean participatory,
      Long course,
      Reflection reflection,
      List<Claim> claims,
      Set<Role> roles) {}

  record Renamed(@JsonbProperty("organisation") String organisationId) {}

  record Unbindable(Instant at) {}

  private static JsonValue json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  private static <T extends Record> T bind(String body, Class<T> type) {
    return PayloadBinder.bind(json(body), type);
  }

  private static Map<String, String> refusal(String body, Class<? extends Record> type) {
    try {
      PayloadBinder.bind(json(body), type);
    } catch (InvalidInputException refused) {
      return refused.fieldErrors();
    }
    throw new AssertionError("bound " + body + " as " + type.getSimpleName());
  }

  @Test
  void anOrganisationNamedByANumberOrABooleanIsRefusedNamingTheName() {
    assertThat(refusal("{\"name\":123,\"kind\":\"EMPLOYER\"}", OrganisationPayload.class))
        .containsExactly(Map.entry("name", "Must be text in double quotes, not a number."));
    assertThat(refusal("{\"name\":true,\"kind\":\"EMPLOYER\"}", OrganisationPayload.class))
        .containsExactly(Map.entry("name", "Must be text in double quotes, not true."));
  }

  @Test
  void aUsernameThatIsANumberIsRefused() {
    assertThat(
            refusal(
                "{\"username\":123,\"displayName\":\"Num\",\"password\":\"correct horse battery\","
                    + "\"roles\":[\"LINK_WORKER\"]}",
                NewPersonPayload.class))
        .containsOnlyKeys("username");
  }

  @Test
  void textIsBoundAsItIs() {
    OrganisationPayload organisation =
        bind("{\"name\":\"Riverside PCN\",\"kind\":\"EMPLOYER\"}", OrganisationPayload.class);

    assertThat(organisation)
        .isEqualTo(new OrganisationPayload("Riverside PCN", OrganisationKind.EMPLOYER));
  }

  @Test
  void anUnknownOrMistypedConstantIsRefusedListingTheChoices() {
    assertThat(refusal("{\"name\":\"Shop\",\"kind\":\"SHOP\"}", OrganisationPayload.class))
        .containsExactly(Map.entry("kind", "Must be one of EMPLOYER, PROVIDER."));
    assertThat(refusal("{\"name\":\"Shop\",\"kind\":\"employer\"}", OrganisationPayload.class))
        .containsOnlyKeys("kind");
    assertThat(refusal("{\"name\":\"Shop\",\"kind\":1}", OrganisationPayload.class))
        .containsOnlyKeys("kind");
  }

  @Test
  void aWholeNumberMustBeAJsonNumberWithoutAFractionAndInRange() {
    assertThat(refusal("{\"name\":\"t\",\"days\":\"30\"}", NewTokenPayload.class))
        .containsExactly(Map.entry("days", "Must be a whole number, not text."));
    assertThat(refusal("{\"name\":\"t\",\"days\":2.5}", NewTokenPayload.class))
        .containsExactly(Map.entry("days", "Must be a whole number, not a number."));
    assertThat(refusal("{\"name\":\"t\",\"days\":1e20}", NewTokenPayload.class))
        .containsExactly(
            Map.entry("days", "Must be a whole number from -2147483648 to 2147483647."));
    assertThat(refusal("{\"name\":\"t\",\"days\":-1e999999999}", NewTokenPayload.class))
        .containsOnlyKeys("days");
    assertThat(refusal("{\"name\":\"t\",\"days\":true}", NewTokenPayload.class))
        .containsOnlyKeys("days");

    assertThat(bind("{\"name\":\"t\",\"days\":30.0}", NewTokenPayload.class).days()).isEqualTo(30);
    assertThat(bind("{\"name\":\"t\",\"days\":0}", NewTokenPayload.class).days()).isZero();
  }

  @Test
  void anObjectWhereAListBelongsIsRefusedAndEachWrongElementIsNamedByItsIndex() {
    assertThat(refusal("{\"roles\":{\"role\":\"LINK_WORKER\"}}", NewPersonPayload.class))
        .containsExactly(Map.entry("roles", "Must be a list in square brackets, not an object."));
    assertThat(refusal("{\"roles\":[\"LINK_WORKER\",5,\"BOSS\"]}", NewPersonPayload.class))
        .containsOnlyKeys("roles[1]", "roles[2]");
  }

  @Test
  void everyMistakeInTheBodyIsListedAtOnce() {
    Map<String, String> errors =
        refusal(
            "{\"username\":1,\"displayName\":[],\"password\":{},\"roles\":\"LINK_WORKER\","
                + "\"stage\":false,\"supervisor\":2}",
            NewPersonPayload.class);

    assertThat(errors)
        .containsOnlyKeys("username", "displayName", "password", "roles", "stage", "supervisor");
    assertThat(errors.get("displayName")).isEqualTo("Must be text in double quotes, not a list.");
    assertThat(errors.get("password")).isEqualTo("Must be text in double quotes, not an object.");
  }

  @Test
  void nullOrAbsentIsLeftToValidationAndUnknownPropertiesAreIgnored() {
    NewPersonPayload person =
        bind("{\"username\":null,\"unknown\":123,\"roles\":null}", NewPersonPayload.class);

    assertThat(person).isEqualTo(new NewPersonPayload(null, null, null, null, null, null, null));
  }

  @Test
  void aBodyThatIsNotAnObjectIsUnreadableAsAWhole() {
    for (String body : new String[] {"[]", "\"Riverside\"", "123", "true"}) {
      assertThatThrownBy(() -> bind(body, OrganisationPayload.class))
          .as(body)
          .isInstanceOf(PayloadBinder.NotAnObjectException.class)
          .isInstanceOf(jakarta.json.JsonException.class);
    }
  }

  @Test
  void nestedRecordsListsOfThemDatesAndAmountsAreBound() {
    Entry entry =
        bind(
            "{\"date\":\"2026-04-01\",\"hours\":1.25,\"participatory\":true,\"course\":42,"
                + "\"reflection\":{\"what\":\"A course\",\"learned\":\"Listening\"},"
                + "\"claims\":[{\"competency\":\"PC.1\",\"level\":2}],"
                + "\"roles\":[\"SUPERVISOR\",\"LINK_WORKER\"]}",
            Entry.class);

    assertThat(entry)
        .isEqualTo(
            new Entry(
                LocalDate.of(2026, 4, 1),
                new BigDecimal("1.25"),
                true,
                42L,
                new Reflection("A course", "Listening"),
                List.of(new Claim("PC.1", 2)),
                Set.of(Role.SUPERVISOR, Role.LINK_WORKER)));
  }

  @Test
  void aMistakeInsideANestedRecordIsNamedByItsPathFromTheBody() {
    Map<String, String> errors =
        refusal(
            "{\"date\":\"1 April\",\"hours\":\"1.25\",\"participatory\":\"yes\","
                + "\"reflection\":{\"what\":7},\"claims\":[{\"competency\":\"PC.1\",\"level\":\"2\"},"
                + "{\"competency\":\"PC.2\",\"level\":null}, 3]}",
            Entry.class);

    assertThat(errors)
        .containsOnlyKeys(
            "date",
            "hours",
            "participatory",
            "reflection.what",
            "claims[0].level",
            "claims[1].level",
            "claims[2]");
    assertThat(errors.get("date")).isEqualTo("Must be a date such as 2026-04-01.");
    assertThat(errors.get("participatory")).isEqualTo("Must be true or false, not text.");
    assertThat(errors.get("claims[1].level")).isEqualTo("Must be a whole number, not null.");
    assertThat(errors.get("claims[2]"))
        .isEqualTo("Must be an object in curly brackets, not a number.");
  }

  @Test
  void anAbsentPrimitiveIsItsDefault() {
    Entry entry = bind("{}", Entry.class);

    assertThat(entry.participatory()).isFalse();
    assertThat(entry.claims()).isNull();
  }

  @Test
  void aRenamedComponentIsReadAndNamedByItsJsonName() {
    assertThat(bind("{\"organisation\":\"org-1\"}", Renamed.class).organisationId())
        .isEqualTo("org-1");
    assertThat(refusal("{\"organisation\":1}", Renamed.class)).containsOnlyKeys("organisation");
  }

  @Test
  void aComponentOfATypeTheBinderDoesNotKnowIsAMistakeInTheCodeNotTheRequest() {
    assertThat(PayloadBinder.binds(Entry.class)).isTrue();
    assertThat(PayloadBinder.binds(Unbindable.class)).isFalse();
    assertThatThrownBy(() -> bind("{\"at\":\"2026-04-01T00:00:00Z\"}", Unbindable.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Instant");
  }

  @Test
  void yearZeroAndYearsBeyond9999AreRefusedThoughIsoAllowsThem() {
    String[] impossible = {"0000-01-01", "+99999-01-01", "1899-12-31", "-0001-06-01"};
    for (String date : impossible) {
      assertThat(refusal("{\"date\":\"" + date + "\"}", Entry.class))
          .as(date)
          .containsEntry("date", "Must be a date from 1900-01-01 to 9999-12-31.");
    }
    assertThat(bind("{\"date\":\"1900-01-01\"}", Entry.class).date())
        .isEqualTo(org.linkworker.trellis.platform.CalendarDates.EARLIEST);
    assertThat(bind("{\"date\":\"9999-12-31\"}", Entry.class).date())
        .isEqualTo(org.linkworker.trellis.platform.CalendarDates.LATEST);
  }

  @Test
  void textWithHalfASurrogatePairIsRefusedAndWholePairsAreKept() {
    assertThat(refusal("{\"name\":\"a\\uD800b\",\"kind\":\"EMPLOYER\"}", OrganisationPayload.class))
        .containsOnlyKeys("name");
    assertThat(refusal("{\"name\":\"\\uDC00\",\"kind\":\"EMPLOYER\"}", OrganisationPayload.class))
        .containsOnlyKeys("name");
    assertThat(
            bind(
                    "{\"name\":\"\\uD83D\\uDE00 club\",\"kind\":\"EMPLOYER\"}",
                    OrganisationPayload.class)
                .name())
        .isEqualTo("\uD83D\uDE00 club");
  }
}
