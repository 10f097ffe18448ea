package org.linkworker.trellis.identity.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.linkworker.trellis.identity.entity.Lengths;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * What an employer (or the steward) gives to add a person to an organisation, checked with the
 * constraints of the {@code Person} it becomes. {@code stage} and {@code supervisor} (a username)
 * are for link workers. Values arrive as a person typed them and are kept as they will be stored:
 * the username normalised ({@link Person#normaliseUsername}), texts trimmed, blanks as none. The
 * password is checked by the password policy, which needs the username too.
 */
public record NewPerson(
    @NotBlank(message = "{person.username.required}")
        @Size(
            min = Lengths.USERNAME_MIN,
            max = Lengths.USERNAME,
            message = "{person.username.size}")
        @Pattern(regexp = Person.USERNAME_PATTERN, message = "{person.username.pattern}")
        String username,
    @NotBlank(message = "{person.displayName.required}")
        @Size(max = Lengths.DISPLAY_NAME, message = "{person.displayName.size}")
        @SingleLine
        String displayName,
    @NotNull(message = "{person.password.required}") String password,
    @NotEmpty(message = "{person.roles.required}")
        Set<@NotNull(message = "{person.roles.required}") Role> roles,
    @Size(max = Lengths.STAGE_CODE, message = "{person.stageCode.size}") @SingleLine String stage,
    @Size(max = Lengths.USERNAME, message = "{person.supervisor.size}") @SingleLine
        String supervisor,
    @Size(max = Lengths.EMAIL, message = "{person.email.size}")
        @Email(message = "{person.email.invalid}")
        @Pattern(regexp = Person.EMAIL_PATTERN, message = "{person.email.invalid}")
        String email) {

  /** A person without an email address. */
  public NewPerson(
      String username,
      String displayName,
      String password,
      Set<Role> roles,
      String stage,
      String supervisor) {
    this(username, displayName, password, roles, stage, supervisor, null);
  }

  public NewPerson {
    email = Blank.orNull(email == null ? null : email.strip());
    username = Person.normaliseUsername(username);
    displayName = displayName == null ? null : displayName.strip();
    stage = Blank.orNull(stage);
    supervisor = Blank.orNull(Person.normaliseUsername(supervisor));
  }

  @Override
  public String toString() {
    // Never let a password reach a log line.
    return "NewPerson[" + username + "]";
  }
}
