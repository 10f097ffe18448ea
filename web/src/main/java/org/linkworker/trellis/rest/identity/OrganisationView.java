package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.identity.entity.OrganisationKind;

/** An organisation as the API shows it. */
@Schema(name = "Organisation", description = "An employer of link workers or a training provider")
@JsonbPropertyOrder({"id", "name", "kind", "version"})
public record OrganisationView(String id, String name, OrganisationKind kind, long version) {

  static OrganisationView of(
      org.linkworker.trellis.identity.boundary.OrganisationView organisation) {
    return new OrganisationView(
        organisation.id(), organisation.name(), organisation.kind(), organisation.version());
  }
}
