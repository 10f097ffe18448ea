package org.linkworker.trellis.identity.boundary;

import java.util.Set;
import org.linkworker.trellis.identity.entity.Role;

/**
 * A person's account as pages and the API show it; never carries credentials.
 *
 * @param stage the code of the link worker's current career stage, or null
 * @param supervisor the username of the link worker's supervisor, or null
 * @param email where reminders are emailed, or null
 * @param emailReminders whether the person wants reminders by email
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
    long version,
    String email,
    boolean emailReminders) {

  /** A person without an email address, who would want email reminders. */
  public PersonView(
      String username,
      String displayName,
      Set<Role> roles,
      String organisationId,
      String organisationName,
      String stage,
      String supervisor,
      boolean active,
      long version) {
    this(
        username,
        displayName,
        roles,
        organisationId,
        organisationName,
        stage,
        supervisor,
        active,
        version,
        null,
        true);
  }
}
