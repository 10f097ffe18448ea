package org.linkworker.trellis.portfolio.entity;

/** What kind of supervision a session was (API.md's supervision {@code kind}). */
public enum SupervisionKind {
  CLINICAL,
  MANAGERIAL,
  PEER
}
