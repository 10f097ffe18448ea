package org.linkworker.trellis.identity.boundary;

import org.linkworker.trellis.identity.entity.OrganisationKind;

/** What the steward gives to create an organisation; checked by the service. */
public record NewOrganisation(String name, OrganisationKind kind) {}
