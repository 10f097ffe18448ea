package org.linkworker.trellis.notification.entity;

/** What a notification is about; each has its own sentence in the message bundle. */
public enum NotificationKind {
  /** A worker submitted an entry to their supervisor (sent to the supervisor). */
  ENTRY_SUBMITTED,
  /** The supervisor verified the worker's entry (sent to the worker). */
  ENTRY_VERIFIED,
  /** The supervisor returned the worker's entry with a reason (sent to the worker). */
  ENTRY_RETURNED
}
