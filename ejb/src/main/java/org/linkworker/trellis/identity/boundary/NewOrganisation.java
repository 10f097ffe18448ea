package org.linkworker.trellis.identity.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linkworker.trellis.identity.entity.Lengths;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.platform.validation.SingleLine;

/**
 * What the steward gives to create an organisation: a name (trimmed) and a kind, checked with the
 * constraints of the {@code Organisation} it becomes.
 */
public record NewOrganisation(
    @NotBlank(message = "{organisation.name.required}")
        @Size(max = Lengths.ORGANISATION_NAME, message = "{organisation.name.size}")
        @SingleLine
        String name,
    @NotNull(message = "{organisation.kind.required}") OrganisationKind kind) {

  public NewOrganisation {
    name = name == null ? null : name.strip();
  }
}
