package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.identity.boundary.PersonView;
import org.linkworker.trellis.identity.entity.Role;

/**
 * {@code GET /api/me}: the signed-in person, with exactly the fields API.md promises, a subset of
 * the boundary's {@link PersonView} under the API's names (see {@link PersonAccountView}).
 */
@Schema(name = "Me", description = "The signed-in person")
@JsonbNillable
@JsonbPropertyOrder({"username", "displayName", "roles", "organisation", "stage"})
public record MeView(
    String username,
    String displayName,
    List<Role> roles,
    @Schema(nullable = true, description = "The id of the person's organisation, or null")
        String organisation,
    @Schema(nullable = true, description = "The link worker's career stage code, or null")
        String stage) {

  static MeView of(PersonView person) {
    return new MeView(
        person.username(),
        person.displayName(),
        PersonAccountView.sorted(person.roles()),
        person.organisationId(),
        person.stage());
  }
}
