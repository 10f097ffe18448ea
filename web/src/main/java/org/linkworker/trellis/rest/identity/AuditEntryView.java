package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the audit log. */
@Schema(name = "AuditEntry", description = "Who did what, when, to what")
@JsonbNillable
@JsonbPropertyOrder({"id", "at", "actor", "action", "subject", "detail"})
public record AuditEntryView(
    long id,
    Instant at,
    @Schema(description = "The username that acted, or the name tried at a failed sign-in")
        String actor,
    @Schema(example = "PERSON_ADDED") String action,
    @Schema(nullable = true, example = "person:alex.link") String subject,
    @Schema(nullable = true, description = "What changed, in words") String detail) {

  static AuditEntryView of(org.linkworker.trellis.identity.boundary.AuditEntryView entry) {
    return new AuditEntryView(
        entry.id(), entry.at(), entry.actor(), entry.action(), entry.subject(), entry.detail());
  }
}
