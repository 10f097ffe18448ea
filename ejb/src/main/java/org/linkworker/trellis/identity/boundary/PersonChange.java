package org.linkworker.trellis.identity.boundary;

import java.util.Set;
import org.linkworker.trellis.identity.entity.Role;

/**
 * A change to a person's account by whoever manages it. Null fields are left as they are; {@code
 * version} is the version the change was based on (a stale one is refused).
 */
public record PersonChange(
    String displayName, Set<Role> roles, String stage, String supervisor, long version) {}
