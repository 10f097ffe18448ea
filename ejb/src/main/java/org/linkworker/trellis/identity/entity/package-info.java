/**
 * The identity component's persistent model: {@link
 * org.linkworker.trellis.identity.entity.Organisation}s, the {@link
 * org.linkworker.trellis.identity.entity.Person} accounts that belong to them with their roles,
 * career stage, supervisor and sign-in state, personal {@link
 * org.linkworker.trellis.identity.entity.AccessToken}s, and the append-only {@link
 * org.linkworker.trellis.identity.entity.AuditEntry} log. Depends on nothing of Trellis but the
 * platform.
 */
package org.linkworker.trellis.identity.entity;
