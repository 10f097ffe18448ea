package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import org.linkworker.trellis.identity.entity.Role;

/**
 * The one place that answers "may this caller see or change this thing", implementing PRODUCT.md's
 * access rules. Every page, REST resource and job asks it, through the services or directly. Later
 * components add questions here (portfolios, courses, reports).
 *
 * <p>What holds so far: the steward manages organisations and everyone's account; an employer sees
 * and manages the people of their own organisation; a supervisor sees the link workers they
 * supervise; everyone sees themselves and their own organisation, and nothing else. A provider
 * therefore sees only their own organisation and themselves, and a person of no organisation only
 * themselves (unless they are the steward).
 */
@Stateless
public class AccessPolicy {

  /** The steward manages organisations and anyone's account. */
  public boolean mayManageOrganisations(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  /** Their own organisation for everyone in one; every organisation for the steward. */
  public boolean maySeeOrganisation(Caller caller, String organisationId) {
    return caller.has(Role.STEWARD) || isOwnOrganisation(caller, organisationId);
  }

  /** The employer of that organisation, or the steward. */
  public boolean mayManagePeopleOf(Caller caller, String organisationId) {
    return caller.has(Role.STEWARD)
        || (caller.has(Role.EMPLOYER) && isOwnOrganisation(caller, organisationId));
  }

  /**
   * Oneself; a supervisor the link workers they supervise; an employer the people of their
   * organisation; the steward everyone.
   */
  public boolean maySeePerson(Caller caller, PersonView person) {
    if (caller.username().equals(person.username()) || caller.has(Role.STEWARD)) {
      return true;
    }
    if (!isOwnOrganisation(caller, person.organisationId())) {
      return false;
    }
    return caller.has(Role.EMPLOYER)
        || (caller.has(Role.SUPERVISOR) && caller.username().equals(person.supervisor()));
  }

  /**
   * Changing an account (its name, roles, stage, supervisor; deactivating and reactivating it) is
   * managing the people of its organisation: the employer's or the steward's; an account of no
   * organisation is the steward's alone.
   */
  public boolean mayManagePerson(Caller caller, PersonView person) {
    return mayManagePeopleOf(caller, person.organisationId());
  }

  /** The audit log is the steward's. */
  public boolean maySeeAudit(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  private static boolean isOwnOrganisation(Caller caller, String organisationId) {
    return organisationId != null && organisationId.equals(caller.organisationId());
  }
}
