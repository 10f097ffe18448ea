package org.linkworker.trellis.identity.boundary;

import java.util.Objects;

/**
 * Whose thing it is, in the identity facts the {@link AccessPolicy} decides on: a person's account,
 * their portfolio, their gap report. Components above identity build it from what they hold about
 * the person, so the policy never needs to know what a CPD entry or a report is.
 *
 * @param username the person the thing belongs to
 * @param organisationId the person's organisation, or null when they belong to none
 * @param supervisorUsername the person's supervisor, or null when they have none
 * @param active false once the person's account is deactivated: their things stay readable as
 *     history, but nobody changes them any more
 */
public record Owner(
    String username, String organisationId, String supervisorUsername, boolean active) {

  public Owner {
    Objects.requireNonNull(username, "username");
  }

  /** The facts of a person's account as the identity boundary shows it. */
  public static Owner of(PersonView person) {
    return new Owner(
        person.username(), person.organisationId(), person.supervisor(), person.active());
  }
}
