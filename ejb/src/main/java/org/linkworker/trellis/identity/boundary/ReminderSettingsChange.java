package org.linkworker.trellis.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.linkworker.trellis.identity.entity.Lengths;
import org.linkworker.trellis.identity.entity.Person;

/**
 * A person's change to their own reminder settings: an email address (blank removes it) and whether
 * to email reminders; null leaves each as it is.
 */
public record ReminderSettingsChange(
    @Size(max = Lengths.EMAIL, message = "{person.email.size}")
        @Email(message = "{person.email.invalid}")
        @Pattern(regexp = "(?:" + Person.EMAIL_PATTERN + ")?", message = "{person.email.invalid}")
        String email,
    Boolean emailReminders) {

  public ReminderSettingsChange {
    email = email == null ? null : email.strip();
  }
}
