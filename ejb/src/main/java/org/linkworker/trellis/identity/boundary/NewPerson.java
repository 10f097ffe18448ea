package org.linkworker.trellis.identity.boundary;

import java.util.Set;
import org.linkworker.trellis.identity.entity.Role;

/**
 * What an employer (or the steward) gives to add a person to an organisation; checked by the
 * service. {@code stage} and {@code supervisor} (a username) are for link workers.
 */
public record NewPerson(
    String username,
    String displayName,
    String password,
    Set<Role> roles,
    String stage,
    String supervisor) {}
