package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/me/password}. */
@Schema(name = "PasswordChange", description = "The current password and the new one")
@JsonbPropertyOrder({"currentPassword", "newPassword"})
public record PasswordChangePayload(String currentPassword, String newPassword) {

  @Override
  public String toString() {
    // Never let a password reach a log line.
    return "PasswordChangePayload[…]";
  }
}
