package org.linkworker.trellis.identity.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * One line of the audit log; the API returns it as it is, every field present (null where there is
 * nothing to say).
 *
 * @param actor the username that acted, or the name tried at a failed sign-in
 * @param action e.g. SIGN_IN, SIGN_IN_FAILED, LOCKED_OUT, ORGANISATION_CREATED, PERSON_ADDED
 * @param subject what it concerned, e.g. {@code person:alex.link} or {@code organisation:<id>}
 * @param detail what changed, in words (old and new values), or null
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "at", "actor", "action", "subject", "detail"})
public record AuditEntryView(
    long id, Instant at, String actor, String action, String subject, String detail) {}
