package org.linkworker.trellis.portfolio.entity;

/**
 * Where a CPD entry is: written ({@code DRAFT}), with the supervisor ({@code SUBMITTED}), accepted
 * ({@code VERIFIED}, final) or sent back with a reason ({@code RETURNED}, to edit and submit
 * again).
 */
public enum EntryStatus {
  DRAFT,
  SUBMITTED,
  VERIFIED,
  RETURNED;

  /** Whether the worker may still change the entry. */
  public boolean isEditable() {
    return this == DRAFT || this == RETURNED;
  }
}
