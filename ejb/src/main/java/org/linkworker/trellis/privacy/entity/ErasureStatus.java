package org.linkworker.trellis.privacy.entity;

/** Where an erasure request stands. */
public enum ErasureStatus {
  /** The employer confirmed the person's request; the steward has not acted yet. */
  CONFIRMED,
  /** The steward erased the person's data. */
  ERASED,
  /** Withdrawn before it was carried out. */
  WITHDRAWN
}
