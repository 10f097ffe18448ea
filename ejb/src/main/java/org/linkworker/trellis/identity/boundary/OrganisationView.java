package org.linkworker.trellis.identity.boundary;

import org.linkworker.trellis.identity.entity.OrganisationKind;

/** An organisation as pages and the API show it. */
public record OrganisationView(String id, String name, OrganisationKind kind, long version) {}
