package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.identity.boundary.NewPerson;
import org.linkworker.trellis.identity.entity.Role;

/**
 * The body of {@code POST /api/organisations/{id}/people}. {@code stage} (a stage code of the
 * current framework) and {@code supervisor} (a username) are for link workers.
 */
@Schema(name = "NewPerson", description = "A person to add to an organisation")
@JsonbPropertyOrder({
  "username",
  "displayName",
  "password",
  "roles",
  "stage",
  "supervisor",
  "email"
})
public record NewPersonPayload(
    @Schema(example = "alex.link") String username,
    @Schema(example = "Alex Link") String displayName,
    @Schema(description = "The initial password; at least 12 characters") String password,
    List<Role> roles,
    @Schema(nullable = true, example = "LW") String stage,
    @Schema(nullable = true, example = "sam.super") String supervisor,
    @Schema(
            nullable = true,
            example = "alex.link@example.org",
            description = "Where reminders are emailed")
        String email) {

  NewPerson toNewPerson() {
    return new NewPerson(username, displayName, password, roleSet(roles), stage, supervisor, email);
  }

  /** The roles as a set; none given is none at all (the boundary says whether that will do). */
  static Set<Role> roleSet(List<Role> roles) {
    Set<Role> set = EnumSet.noneOf(Role.class);
    if (roles != null) {
      roles.stream().filter(Objects::nonNull).forEach(set::add);
    }
    return set;
  }

  @Override
  public String toString() {
    // Never let a password reach a log line.
    return "NewPersonPayload[…]";
  }
}
