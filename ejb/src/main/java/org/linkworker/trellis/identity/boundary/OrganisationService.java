package org.linkworker.trellis.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.NotVisibleException;

/**
 * Organisations: the steward creates them and sees them all; everyone else sees their own. Their
 * people are {@link PeopleService}'s. Every change is audited; every method asks the {@link
 * AccessPolicy} first.
 *
 * <p>Refusals follow API.md: what the caller may not see is not there ({@link NotVisibleException},
 * 404, the same as for something that does not exist); what they may see but not change is refused
 * ({@link AccessDeniedException}, 403). Bad input fails the constraints of {@link NewOrganisation}
 * (a {@code ConstraintViolationException} naming the field).
 */
@Stateless
public class OrganisationService {

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  /** Creates an organisation (steward only, else AccessDeniedException). */
  public OrganisationView create(
      Caller caller,
      @NotNull(message = "{organisation.name.required}") @Valid NewOrganisation organisation) {
    if (!policy.mayManageOrganisations(caller)) {
      throw new AccessDeniedException("identity.organisations_steward_only");
    }
    Organisation created = Organisation.create(organisation.name(), organisation.kind());
    em.persist(created);
    em.flush();
    audit.record(
        caller.username(),
        AuditAction.ORGANISATION_CREATED,
        AuditLog.organisation(created.getId()),
        "name " + AuditLog.quoted(organisation.name()) + ", kind " + created.getKind());
    return view(created);
  }

  /** The organisations the caller may see: all for the steward, else their own. */
  public List<OrganisationView> list(Caller caller) {
    if (policy.mayManageOrganisations(caller)) {
      return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList().stream()
          .map(OrganisationService::view)
          .toList();
    }
    return find(caller, caller.organisationId()).stream().toList();
  }

  /** One organisation, or empty when it does not exist or the caller may not see it. */
  public Optional<OrganisationView> find(Caller caller, String organisationId) {
    return visible(em, policy, caller, organisationId).map(OrganisationService::view);
  }

  /** The organisation, when it exists and the caller may see it. */
  static Optional<Organisation> visible(
      EntityManager em, AccessPolicy policy, Caller caller, String organisationId) {
    if (organisationId == null || !policy.maySeeOrganisation(caller, organisationId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Organisation.class, organisationId));
  }

  static OrganisationView view(Organisation organisation) {
    return new OrganisationView(
        organisation.getId(),
        organisation.getName(),
        organisation.getKind(),
        organisation.getLockVersion());
  }
}
