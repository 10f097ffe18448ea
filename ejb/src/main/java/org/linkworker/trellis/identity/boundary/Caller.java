package org.linkworker.trellis.identity.boundary;

import java.util.Set;
import org.linkworker.trellis.identity.entity.Role;

/**
 * The signed-in person a request acts for: what the access policy decides on. Built by the identity
 * boundary only, after the credentials were checked and the account found active.
 *
 * @param organisationId the person's organisation, or null (the steward belongs to none)
 */
public record Caller(String username, String displayName, Set<Role> roles, String organisationId) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
