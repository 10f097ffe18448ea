package org.linkworker.trellis.identity.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.linkworker.trellis.identity.entity.OrganisationKind;

/** An organisation as pages and the API show it; the API returns it as it is. */
@JsonbPropertyOrder({"id", "name", "kind", "version"})
public record OrganisationView(String id, String name, OrganisationKind kind, long version) {}
