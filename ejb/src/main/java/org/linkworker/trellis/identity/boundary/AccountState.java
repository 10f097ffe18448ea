package org.linkworker.trellis.identity.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;

/**
 * What signing in needs to know of an account, read in one statement without loading the entity
 * (see {@link Person#SIGN_IN_STATE}).
 */
record AccountState(
    String id,
    String username,
    String displayName,
    String organisationId,
    boolean active,
    Instant lockedUntil,
    String credentialStamp,
    String passwordHash,
    int failedSignIns,
    Set<Role> roles) {

  /** Gathers the one-row-per-role result of {@link Person#SIGN_IN_STATE}; empty for no rows. */
  static Optional<AccountState> of(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] first = rows.get(0);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object[] row : rows) {
      if (row[9] != null) {
        roles.add((Role) row[9]);
      }
    }
    return Optional.of(
        new AccountState(
            (String) first[0],
            (String) first[1],
            (String) first[2],
            (String) first[3],
            (Boolean) first[4],
            Person.instant((LocalDateTime) first[5]),
            (String) first[6],
            (String) first[7],
            ((Number) first[8]).intValue(),
            roles));
  }

  /** Whether a successful sign-in has earlier failures or a lockout to forget. */
  boolean hasFailuresToForget() {
    return failedSignIns > 0 || lockedUntil != null;
  }

  Caller caller() {
    return new Caller(username, displayName, roles, organisationId);
  }
}
