package org.linkworker.trellis.identity.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;

/**
 * Where a person's reminders are emailed, and whether they want them by email (they are always
 * notifications in the application).
 *
 * @param email the address, or null for none
 * @param emailReminders whether reminders are emailed too (on unless turned off)
 */
@JsonbNillable
@JsonbPropertyOrder({"email", "emailReminders"})
public record ReminderSettings(String email, boolean emailReminders) implements Serializable {}
