package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/me/reminders}: a field left out (or null) stays as it is. */
@Schema(name = "ReminderSettingsChange", description = "A change to one's reminder settings")
@JsonbPropertyOrder({"email", "emailReminders"})
public record ReminderSettingsPayload(
    @Schema(nullable = true, example = "alex.link@example.org", description = "Blank removes it")
        String email,
    @Schema(nullable = true, description = "false turns reminders by email off")
        Boolean emailReminders) {}
