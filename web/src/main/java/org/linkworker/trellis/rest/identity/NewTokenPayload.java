package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/me/tokens}: a name to recognise the token by, and its lifetime. */
@Schema(name = "NewToken", description = "A personal access token to issue")
@JsonbPropertyOrder({"name", "days"})
public record NewTokenPayload(
    @Schema(example = "Reporting script") String name,
    @Schema(nullable = true, description = "Days until it expires, 1 to 365; 90 when left out")
        Integer days) {

  static final int DEFAULT_DAYS = 90;

  int daysOrDefault() {
    return days == null ? DEFAULT_DAYS : days;
  }
}
