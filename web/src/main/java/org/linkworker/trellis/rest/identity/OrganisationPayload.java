package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.identity.boundary.NewOrganisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;

/** The body of {@code POST /api/organisations}. */
@Schema(name = "NewOrganisation", description = "An organisation to create")
@JsonbPropertyOrder({"name", "kind"})
public record OrganisationPayload(
    @Schema(example = "Riverside Primary Care Network") String name, OrganisationKind kind) {

  NewOrganisation toNewOrganisation() {
    return new NewOrganisation(name, kind);
  }
}
