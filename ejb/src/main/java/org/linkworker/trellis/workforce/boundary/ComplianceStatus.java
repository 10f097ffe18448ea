package org.linkworker.trellis.workforce.boundary;

/**
 * Where a person stands with a scheme on a day: every part met; a part not met with the window
 * ending within 60 days (or, for a rolling window, met today but lapsing within 60 days); or not
 * met.
 */
public enum ComplianceStatus {
  MET,
  AT_RISK,
  NOT_MET
}
