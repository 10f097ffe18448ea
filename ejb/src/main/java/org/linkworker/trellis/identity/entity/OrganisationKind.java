package org.linkworker.trellis.identity.entity;

/** An organisation either employs link workers or provides training. */
public enum OrganisationKind {
  EMPLOYER,
  PROVIDER
}
