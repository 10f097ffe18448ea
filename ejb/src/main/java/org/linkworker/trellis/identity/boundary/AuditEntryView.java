package org.linkworker.trellis.identity.boundary;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actor the username that acted, or the name tried at a failed sign-in
 * @param action e.g. SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, ORGANISATION_CREATED, PERSON_ADDED
 * @param subject what it concerned, e.g. {@code person:alex.link} or {@code organisation:<id>}
 * @param detail what changed, in words (old and new values), or null
 */
public record AuditEntryView(
    long id, Instant at, String actor, String action, String subject, String detail) {}
