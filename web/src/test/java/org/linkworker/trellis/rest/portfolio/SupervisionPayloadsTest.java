package org.linkworker.trellis.rest.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.portfolio.boundary.AssessmentView;
import org.linkworker.trellis.portfolio.boundary.SupervisionInput;
import org.linkworker.trellis.portfolio.boundary.SupervisionView;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;
import org.linkworker.trellis.rest.json.PayloadBinder;

/** The bodies and answers of the assessment and supervision endpoints, as API.md names them. */
class SupervisionPayloadsTest {

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static String[] fields(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(RecordComponent::getName)
        .toArray(String[]::new);
  }

  @Test
  void theAnswersHaveExactlyTheFieldsTheApiPromises() {
    assertThat(fields(AssessmentView.class))
        .containsExactly("id", "username", "competency", "level", "date", "assessedBy", "note");
    assertThat(fields(SupervisionView.class))
        .containsExactly(
            "id", "username", "date", "minutes", "kind", "supervisor", "notes", "version");
  }

  @Test
  void anUnknownKindIsRefusedByItsFieldNotLeftToFailLater() {
    assertThatThrownBy(
            () ->
                PayloadBinder.bind(
                    json("{\"minutes\": 60, \"kind\": \"WEEKLY\"}"), SupervisionPayload.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.fieldErrors()).containsOnlyKeys("kind");
              assertThat(e.fieldErrors().get("kind")).contains("CLINICAL, MANAGERIAL, PEER");
            });
  }

  @Test
  void minutesAsTextAndALevelAsTextAreRefusedByTheirFields() {
    assertThatThrownBy(
            () -> PayloadBinder.bind(json("{\"minutes\": \"sixty\"}"), SupervisionPayload.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("minutes"));
    assertThatThrownBy(
            () ->
                PayloadBinder.bind(
                    json("{\"competency\": \"PC.1\", \"level\": \"2\"}"), AssessmentPayload.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("level"));
  }

  @Test
  void aSessionBindsAsTheServiceTakesIt() {
    SupervisionPayload payload =
        PayloadBinder.bind(
            json(
                """
                {"date": "2026-11-20", "minutes": 60, "kind": "PEER",
                 "supervisor": "lee.trainee", "notes": " ", "version": 3}
                """),
            SupervisionPayload.class);

    assertThat(payload.version()).isEqualTo(3L);
    assertThat(payload.toInput())
        .isEqualTo(
            new SupervisionInput(
                LocalDate.of(2026, 11, 20), 60, SupervisionKind.PEER, "lee.trainee", null));
  }
}
