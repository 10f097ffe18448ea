package org.linkworker.trellis.identity.entity;

/** What a person comes to Trellis as; one person can hold several. */
public enum Role {
  LINK_WORKER,
  SUPERVISOR,
  EMPLOYER,
  PROVIDER,
  STEWARD
}
