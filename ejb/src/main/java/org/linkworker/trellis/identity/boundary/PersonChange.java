package org.linkworker.trellis.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.linkworker.trellis.identity.entity.Lengths;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * A change to a person's account by whoever manages it, checked with the constraints of the {@code
 * Person} it changes. Null fields are left as they are; a blank stage or supervisor removes it (a
 * link worker cannot be left without a stage); {@code version} is the version the change was based
 * on (a stale one is refused). A blank {@code email} removes the address.
 */
public record PersonChange(
    @Size(min = 1, max = Lengths.DISPLAY_NAME, message = "{personChange.displayName.size}")
        @SingleLine
        String displayName,
    Set<@NotNull(message = "{person.roles.required}") Role> roles,
    @Size(max = Lengths.STAGE_CODE, message = "{person.stageCode.size}") @SingleLine String stage,
    @Size(max = Lengths.USERNAME, message = "{person.supervisor.size}") @SingleLine
        String supervisor,
    @Size(max = Lengths.EMAIL, message = "{person.email.size}")
        @Email(message = "{person.email.invalid}")
        @Pattern(regexp = "(?:" + Person.EMAIL_PATTERN + ")?", message = "{person.email.invalid}")
        String email,
    Boolean emailReminders,
    long version) {

  /** A change that leaves the email address and the choice of email reminders as they are. */
  public PersonChange(
      String displayName, Set<Role> roles, String stage, String supervisor, long version) {
    this(displayName, roles, stage, supervisor, null, null, version);
  }

  public PersonChange {
    email = email == null ? null : email.strip();
    displayName = displayName == null ? null : displayName.strip();
    stage = stage == null ? null : stage.strip();
    supervisor = supervisor == null ? null : supervisor.strip();
  }
}
