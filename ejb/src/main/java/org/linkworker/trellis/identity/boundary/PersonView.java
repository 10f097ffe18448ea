package org.linkworker.trellis.identity.boundary;

import java.util.Set;
import org.linkworker.trellis.identity.entity.Role;

/**
 * A person's account as pages and the API show it; never carries credentials.
 *
 * @param stage the code of the link worker's current career stage, or null
 * @param supervisor the username of the link worker's supervisor, or null
 */
public record PersonView(
    String username,
    String displayName,
    Set<Role> roles,
    String organisationId,
    String organisationName,
    String stage,
    String supervisor,
    boolean active,
    long version) {}
