package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.identity.boundary.PersonChange;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.rest.ApiTexts;

/**
 * The body of {@code PUT /api/people/{username}}: what to change, and the {@code version} the
 * change is based on (as the person was read). A field left out (or null) stays as it is.
 */
@Schema(name = "PersonChange", description = "A change to a person's account")
@JsonbPropertyOrder({
  "displayName",
  "roles",
  "stage",
  "supervisor",
  "email",
  "emailReminders",
  "version"
})
public record PersonChangePayload(
    @Schema(nullable = true) String displayName,
    @Schema(nullable = true) List<Role> roles,
    @Schema(nullable = true) String stage,
    @Schema(nullable = true) String supervisor,
    @Schema(nullable = true, description = "Where reminders are emailed; blank removes it")
        String email,
    @Schema(nullable = true, description = "false turns reminders by email off")
        Boolean emailReminders,
    @Schema(required = true, description = "The version that was read") Long version) {

  /**
   * @throws InvalidInputException naming {@code version} when it is missing
   */
  PersonChange toPersonChange() {
    if (version == null) {
      throw new InvalidInputException(
          Map.of("version", ApiTexts.text("api.people.version.required")));
    }
    return new PersonChange(
        displayName,
        roles == null ? null : NewPersonPayload.roleSet(roles),
        stage,
        supervisor,
        email,
        emailReminders,
        version);
  }
}
