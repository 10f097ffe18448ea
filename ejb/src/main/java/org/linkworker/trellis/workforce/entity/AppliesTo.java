package org.linkworker.trellis.workforce.entity;

/** Who is under a scheme. */
public enum AppliesTo {
  /** Every link worker (the association's scheme, by default). */
  EVERY_LINK_WORKER,
  /** Every link worker of the organisation that defined it (an employer's mandatory training). */
  ORGANISATION,
  /** The people who have been put under it (the three-year scheme). */
  CHOSEN
}
