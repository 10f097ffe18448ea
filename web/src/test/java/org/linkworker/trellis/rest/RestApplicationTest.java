package org.linkworker.trellis.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.identity.boundary.AuditEntryView;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.boundary.TokenView;
import org.linkworker.trellis.rest.problem.Problem;
import org.linkworker.trellis.rest.problem.StandardResponses;

class RestApplicationTest {

  private static final OpenAPIDefinition DEFINITION =
      RestApplication.class.getAnnotation(OpenAPIDefinition.class);

  @Test
  void eachDescribedBoundaryRecordIsDescribedWithExactlyItsFieldsInItsJsonOrder() {
    Map<String, Class<? extends Record>> described =
        Map.of(
            RestApplication.ORGANISATION, OrganisationView.class,
            RestApplication.TOKEN, TokenView.class,
            RestApplication.AUDIT_ENTRY, AuditEntryView.class);

    assertThat(Arrays.stream(DEFINITION.components().schemas()).map(Schema::name))
        .containsExactlyInAnyOrderElementsOf(described.keySet());
    for (Schema schema : DEFINITION.components().schemas()) {
      Class<? extends Record> record = described.get(schema.name());
      String[] fields =
          Arrays.stream(record.getRecordComponents())
              .map(RecordComponent::getName)
              .toArray(String[]::new);
      assertThat(Arrays.stream(schema.properties()).map(SchemaProperty::name))
          .as("properties of %s", schema.name())
          .containsExactly(fields);
      assertThat(record.getAnnotation(JsonbPropertyOrder.class).value()).containsExactly(fields);
    }
  }

  @Test
  void theSharedErrorResponsesAreEachAProblemDocument() {
    assertThat(Arrays.stream(DEFINITION.components().responses()).map(APIResponse::name))
        .containsExactlyInAnyOrder(
            StandardResponses.BAD_REQUEST,
            StandardResponses.UNAUTHORIZED,
            StandardResponses.FORBIDDEN,
            StandardResponses.NOT_FOUND,
            StandardResponses.CONFLICT);
    for (APIResponse response : DEFINITION.components().responses()) {
      assertThat(response.description()).as(response.name()).isNotBlank();
      assertThat(response.content()).hasSize(1);
      assertThat(response.content()[0].mediaType()).isEqualTo(Problem.MEDIA_TYPE);
      assertThat(response.content()[0].schema().ref()).isEqualTo(Problem.SCHEMA);
    }
  }
}
