package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.identity.boundary.PersonView;
import org.linkworker.trellis.identity.entity.Role;

/**
 * A person's account as the API shows it: never a credential. Every field is present, null where
 * the person has none (a stage and supervisor are for link workers; the steward belongs to no
 * organisation).
 *
 * <p>The API cannot return the boundary's {@link PersonView} as it is, because the shapes differ
 * where API.md fixes them: the organisation's id goes by {@code organisation} (the boundary's
 * {@code organisationId}), the organisation's name that pages show is not part of the contract, and
 * roles are a list in their declared order (the boundary's set has none), so the same person always
 * reads the same.
 */
@Schema(name = "Person", description = "A person's account, without credentials")
@JsonbNillable
@JsonbPropertyOrder({
  "username",
  "displayName",
  "roles",
  "organisation",
  "stage",
  "supervisor",
  "active",
  "version",
  "email",
  "emailReminders"
})
public record PersonAccountView(
    String username,
    String displayName,
    List<Role> roles,
    @Schema(nullable = true, description = "The id of the person's organisation")
        String organisation,
    @Schema(nullable = true, description = "The code of the link worker's career stage")
        String stage,
    @Schema(nullable = true, description = "The username of the link worker's supervisor")
        String supervisor,
    boolean active,
    @Schema(description = "Send it back with a change; a stale one gets 409") long version,
    @Schema(nullable = true, description = "Where reminders are emailed") String email,
    @Schema(description = "Whether reminders are emailed as well as notified")
        boolean emailReminders) {

  static PersonAccountView of(PersonView person) {
    return new PersonAccountView(
        person.username(),
        person.displayName(),
        sorted(person.roles()),
        person.organisationId(),
        person.stage(),
        person.supervisor(),
        person.active(),
        person.version(),
        person.email(),
        person.emailReminders());
  }

  /** Roles in their declared order, so the same person always reads the same. */
  static List<Role> sorted(Set<Role> roles) {
    return roles == null ? List.of() : roles.stream().sorted().toList();
  }
}
