/**
 * The identity component's transactional edge: signing in and one's own credentials ({@link
 * org.linkworker.trellis.identity.boundary.AccountService}), organisations ({@link
 * org.linkworker.trellis.identity.boundary.OrganisationService}) and their people ({@link
 * org.linkworker.trellis.identity.boundary.PeopleService}), the audit log ({@link
 * org.linkworker.trellis.identity.boundary.AuditLog} writes it, {@link
 * org.linkworker.trellis.identity.boundary.AuditService} reads it) and the one access policy
 * ({@link org.linkworker.trellis.identity.boundary.AccessPolicy}) every component asks. Also the
 * data-set steps for organisations and people, and the first steward from the environment.
 *
 * <p>Input records ({@code NewOrganisation}, {@code NewPerson}, {@code PersonChange}) carry the
 * constraints of the entities they become and are checked by {@code @Valid} on the service method;
 * rules that need the database or several fields are one {@code InvalidInputException} naming each
 * field.
 */
package org.linkworker.trellis.identity.boundary;
