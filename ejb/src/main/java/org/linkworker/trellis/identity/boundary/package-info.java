/**
 * The identity component's transactional edge: signing in and one's own credentials ({@link
 * org.linkworker.trellis.identity.boundary.AccountService}), organisations and their people ({@link
 * org.linkworker.trellis.identity.boundary.OrganisationService}), the audit log ({@link
 * org.linkworker.trellis.identity.boundary.AuditLog} writes it, {@link
 * org.linkworker.trellis.identity.boundary.AuditService} reads it) and the one access policy
 * ({@link org.linkworker.trellis.identity.boundary.AccessPolicy}) every component asks. Also the
 * data-set steps for organisations and people, and the first steward from the environment.
 */
package org.linkworker.trellis.identity.boundary;
