package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import org.linkworker.trellis.identity.entity.Role;

/**
 * The one place that answers "may this caller see or change this thing", implementing PRODUCT.md's
 * access rule. Every page, REST resource and job asks it, through the services or directly.
 *
 * <p>Every question is phrased on identity facts only: the caller's username, roles and
 * organisation, and the thing's {@link Owner} (whose it is, their organisation, their supervisor)
 * or the organisation it belongs to. That is what lets the catalogue, portfolio, progression and
 * workforce components ask without identity knowing what a course, an entry or a report is.
 *
 * <p>Rules that run through every question:
 *
 * <ul>
 *   <li>Roles add up: a senior link worker who also supervises has both roles' answers.
 *   <li>An organisation is shared only when both sides name the same one: two people of no
 *       organisation share nothing, and a supervisor or employer of another organisation gets no
 *       answer from a username alone.
 *   <li>Being oneself is the username; one always sees one's own things.
 *   <li>The caller is always active (a {@link Caller} exists only for an active account), but the
 *       owner need not be: a deactivated person's things stay readable as history, and no one
 *       changes them.
 * </ul>
 */
@Stateless
public class AccessPolicy {

  // --- organisations and accounts ---

  /** The steward manages organisations and anyone's account. */
  public boolean mayManageOrganisations(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  /** Their own organisation for everyone in one; every organisation for the steward. */
  public boolean maySeeOrganisation(Caller caller, String organisationId) {
    return caller.has(Role.STEWARD) || isOwnOrganisation(caller, organisationId);
  }

  /**
   * Access: "an employer sees and manages the people of their own organisation"; "the steward
   * manages organisations and accounts".
   */
  public boolean mayManagePeopleOf(Caller caller, String organisationId) {
    return caller.has(Role.STEWARD)
        || (caller.has(Role.EMPLOYER) && isOwnOrganisation(caller, organisationId));
  }

  /**
   * Oneself; a supervisor the link workers they supervise; an employer the people of their
   * organisation; the steward everyone. A deactivated account stays visible to them.
   */
  public boolean maySeePerson(Caller caller, Owner person) {
    return isSelf(caller, person)
        || caller.has(Role.STEWARD)
        || employs(caller, person)
        || supervises(caller, person);
  }

  /**
   * Changing an account (its name, roles, stage, supervisor; deactivating and reactivating it) is
   * managing the people of its organisation: the employer's or the steward's; an account of no
   * organisation is the steward's alone. Deactivated accounts too, or none could be reactivated.
   */
  public boolean mayManagePerson(Caller caller, Owner person) {
    return mayManagePeopleOf(caller, person.organisationId());
  }

  // --- framework: the steward authors and versions frameworks ---

  /** Importing, giving stages to and publishing a framework is the steward's. */
  public boolean mayAuthorFrameworks(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  /** Backing up the database and the evidence files, online, is the steward's. */
  public boolean mayBackUp(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  /** The audit log is the steward's. */
  public boolean maySeeAudit(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  // --- privacy: erasure is confirmed by the employer and carried out by the steward ---

  /**
   * Confirming that a person asked for their data to be erased is their employer's (who knows the
   * person asked and that no record must be kept for them), never for oneself.
   */
  public boolean mayConfirmErasure(Caller caller, Owner person) {
    return employs(caller, person) && !isSelf(caller, person);
  }

  /** Erasure requests are seen by the steward, and by an employer for their own organisation. */
  public boolean maySeeErasuresOf(Caller caller, String organisationId) {
    return caller.has(Role.STEWARD)
        || (caller.has(Role.EMPLOYER) && isOwnOrganisation(caller, organisationId));
  }

  /** Erasing is the steward's alone, and only once an employer has confirmed the request. */
  public boolean mayErase(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  /** Who read a worker's reflections and evidence is the worker's to see, and the steward's. */
  public boolean maySeeReadsOf(Caller caller, String username) {
    return caller.has(Role.STEWARD) || caller.username().equalsIgnoreCase(username);
  }

  // --- catalogue: courses belong to the provider organisation that offers them ---

  /**
   * A published course is read by everyone signed in; a course not (or no longer) published only by
   * its own provider, who is still writing or has withdrawn it. Access: "a provider sees and
   * changes only their own courses"; PRODUCT.md: the catalogue is what link workers choose from.
   */
  public boolean maySeeCourse(Caller caller, String providerOrganisationId, boolean published) {
    return published || mayChangeCourse(caller, providerOrganisationId);
  }

  /**
   * Creating, editing, mapping, publishing and retiring a course: a provider of the organisation
   * that offers it, nobody else (the steward neither). Access: "a provider sees and changes only
   * their own courses".
   */
  public boolean mayChangeCourse(Caller caller, String providerOrganisationId) {
    return caller.has(Role.PROVIDER) && isOwnOrganisation(caller, providerOrganisationId);
  }

  /**
   * How a provider's catalogue covers the framework: that provider, and the steward, who sees every
   * report. Access: "a provider sees ... only their own courses"; "the steward ... sees every
   * report".
   */
  public boolean maySeeProvisionOf(Caller caller, String providerOrganisationId) {
    return caller.has(Role.STEWARD) || mayChangeCourse(caller, providerOrganisationId);
  }

  /**
   * Link workers' unmet demand, as counts per competency and level and never as people: providers
   * and the steward. Access: "a provider ... sees demand only as counts".
   */
  public boolean maySeeDemand(Caller caller) {
    return caller.has(Role.PROVIDER) || caller.has(Role.STEWARD);
  }

  // --- portfolio: CPD entries, reflections, evidence, assessments, declarations ---

  /**
   * A person's CPD entries, assessments, supervision records and declarations, without reflections
   * and evidence: the person, their supervisor, and the employer of their organisation. Not the
   * steward, who sees reports, not portfolios. Access: "a link worker sees ... only their own
   * portfolio; a supervisor sees the portfolios of the workers they supervise; an employer sees ...
   * the people of their own organisation and their entries".
   */
  public boolean maySeePortfolio(Caller caller, Owner owner) {
    return isSelf(caller, owner) || supervises(caller, owner) || employs(caller, owner);
  }

  /**
   * Recording, editing and submitting CPD entries, reflections, evidence, supervision records and
   * declarations: the link worker themselves, while their account is active. Access: "a link worker
   * sees and changes only their own portfolio"; "the steward ... changes no one's portfolio".
   */
  public boolean mayChangePortfolio(Caller caller, Owner owner) {
    return owner.active() && caller.has(Role.LINK_WORKER) && isSelf(caller, owner);
  }

  /**
   * The reflection of an entry and its evidence files: the worker and their supervisor, never the
   * employer or the steward. Access: "Reflections and evidence files are seen only by the worker
   * and their supervisor".
   */
  public boolean maySeeReflectionsAndEvidence(Caller caller, Owner owner) {
    return isSelf(caller, owner) || supervises(caller, owner);
  }

  /**
   * Verifying or returning a submitted CPD entry: the owner's supervisor in their organisation,
   * never for their own entries (even a senior link worker who supervises), and not once the owner
   * is deactivated. Access: "a supervisor ... verifies, returns and assesses only theirs".
   */
  public boolean mayVerify(Caller caller, Owner owner) {
    return owner.active() && supervises(caller, owner) && !isSelf(caller, owner);
  }

  /**
   * Recording a direct assessment of a competency: the same people as {@link #mayVerify}, since a
   * judgement of oneself is no assessment. Access: "a supervisor ... verifies, returns and assesses
   * only theirs".
   */
  public boolean mayAssess(Caller caller, Owner owner) {
    return mayVerify(caller, owner);
  }

  /**
   * Recording a supervision session in a worker's portfolio: the worker themselves (their own log,
   * as for any change to their portfolio), or their supervisor, who gave or knows of the session
   * (the same people as {@link #mayVerify}). Changing a record stays the worker's alone ({@link
   * #mayChangePortfolio}). PRODUCT.md: employers report on supervision frequency, so a supervisor's
   * sessions must not depend on the worker logging them.
   */
  public boolean mayRecordSupervision(Caller caller, Owner owner) {
    return mayChangePortfolio(caller, owner) || mayVerify(caller, owner);
  }

  /**
   * The private notes of a worker's supervision records: the worker alone, not their supervisor
   * (who may have given the session) nor their employer. PRODUCT.md: "private notes stay with the
   * worker".
   */
  public boolean maySeePrivateNotes(Caller caller, Owner owner) {
    return isSelf(caller, owner);
  }

  /**
   * A person's declarations against the code of practice: whoever sees their portfolio, and the
   * steward, who answers for the code. A declaration is a professional statement made to be relied
   * on, not a private record. PRODUCT.md: "Link workers make an annual declaration against the
   * code"; "the steward ... sees every report". Making one is {@link #mayChangePortfolio}.
   */
  public boolean maySeeDeclarations(Caller caller, Owner owner) {
    return maySeePortfolio(caller, owner) || caller.has(Role.STEWARD);
  }

  /**
   * The whole portfolio in one file to take elsewhere, private notes, reflections and evidence
   * included: the person themself, and nobody else, since it is their copy of their own data (UK
   * GDPR's subject access). PRODUCT.md: "a JSON export of the worker's whole portfolio ... they can
   * take elsewhere".
   */
  public boolean mayExportPortfolio(Caller caller, Owner owner) {
    return isSelf(caller, owner);
  }

  // --- progression: attainment, gaps, readiness, recommendations ---

  /**
   * A person's attainment and gap report (readiness, recommendations): the person, their
   * supervisor, the employer of their organisation, and the steward. Access: "an employer sees ...
   * their entries, attainment and reports"; "the steward ... sees every report".
   */
  public boolean maySeeGapReport(Caller caller, Owner owner) {
    return maySeePortfolio(caller, owner) || caller.has(Role.STEWARD);
  }

  // --- workforce: coverage, compliance, team reports, imports ---

  /**
   * An organisation's coverage, compliance and team reports: its employer and the steward. Access:
   * "an employer sees ... the people of their own organisation and their ... reports"; "the steward
   * ... sees every report".
   */
  public boolean maySeeReportsOf(Caller caller, String organisationId) {
    return caller.has(Role.STEWARD)
        || (caller.has(Role.EMPLOYER) && isOwnOrganisation(caller, organisationId));
  }

  /**
   * Defining an organisation's own requirement schemes (its mandatory training): its employer. Not
   * the steward, who manages organisations and accounts, not an employer's training policy.
   */
  public boolean mayDefineSchemesOf(Caller caller, String organisationId) {
    return caller.has(Role.EMPLOYER) && isOwnOrganisation(caller, organisationId);
  }

  /**
   * Putting a person under a scheme that applies to chosen people (the three-year scheme), or
   * taking them out: the person themself, or the employer of their organisation.
   */
  public boolean mayChooseSchemesOf(Caller caller, Owner owner) {
    return owner.active() && (isSelf(caller, owner) || employs(caller, owner));
  }

  /**
   * The national picture, across organisations: the steward alone. Access: "the steward ... sees
   * every report".
   */
  public boolean maySeeNationalReports(Caller caller) {
    return caller.has(Role.STEWARD);
  }

  /**
   * An import and its outcome (rows taken, rows refused and why): whoever started it, and the
   * steward. Not a colleague by organisation alone: the rows may name people that colleague may not
   * see.
   */
  public boolean maySeeImport(Caller caller, String startedByUsername) {
    return caller.username().equals(startedByUsername) || caller.has(Role.STEWARD);
  }

  private static boolean isSelf(Caller caller, Owner owner) {
    return caller.username().equals(owner.username());
  }

  private static boolean isOwnOrganisation(Caller caller, String organisationId) {
    return organisationId != null && organisationId.equals(caller.organisationId());
  }

  private static boolean employs(Caller caller, Owner owner) {
    return caller.has(Role.EMPLOYER) && isOwnOrganisation(caller, owner.organisationId());
  }

  /** Named as the supervisor and of the same organisation: a name alone crosses no boundary. */
  private static boolean supervises(Caller caller, Owner owner) {
    return caller.has(Role.SUPERVISOR)
        && isOwnOrganisation(caller, owner.organisationId())
        && caller.username().equals(owner.supervisorUsername());
  }
}
