package org.linkworker.trellis.notification.entity;

/** What a notification is about; each has its own sentence in the message bundle. */
public enum NotificationKind {
  /** A worker submitted an entry to their supervisor (sent to the supervisor). */
  ENTRY_SUBMITTED,
  /** The supervisor verified the worker's entry (sent to the worker). */
  ENTRY_VERIFIED,
  /** The supervisor returned the worker's entry with a reason (sent to the worker). */
  ENTRY_RETURNED,
  /** A part of a requirement scheme is at risk: its window ends soon, or it lapses soon. */
  SCHEME_PART_AT_RISK,
  /** An attained level stops holding soon, as its evidence leaves currency. */
  ATTAINMENT_LAPSING,
  /** The worker's last supervision is older than their organisation's target interval. */
  SUPERVISION_OVERDUE,
  /** The worker has not declared against the code of practice for this membership year. */
  DECLARATION_DUE;

  /** Whether it is a reminder of the nightly job rather than news of a CPD entry. */
  public boolean isReminder() {
    return ordinal() > ENTRY_RETURNED.ordinal();
  }

  /** The page it opens: a CPD entry (its subject) or, for a reminder, where to act on it. */
  public String page() {
    return switch (this) {
      case ENTRY_SUBMITTED, ENTRY_VERIFIED, ENTRY_RETURNED -> "/portfolio/entry";
      case SCHEME_PART_AT_RISK -> "/workforce/compliance";
      case ATTAINMENT_LAPSING -> "/progression/attainment";
      case SUPERVISION_OVERDUE -> "/portfolio/supervision";
      case DECLARATION_DUE -> "/portfolio/declaration";
    };
  }
}
