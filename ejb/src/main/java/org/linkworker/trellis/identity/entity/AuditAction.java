package org.linkworker.trellis.identity.entity;

/** What an audit entry records. Components that audit more add their actions here. */
public enum AuditAction {
  SIGN_IN,
  SIGN_IN_FAILED,
  LOCKED_OUT,
  SIGN_OUT,
  PASSWORD_CHANGED,
  TOKEN_ISSUED,
  TOKEN_REVOKED,
  ORGANISATION_CREATED,
  PERSON_ADDED,
  PERSON_CHANGED,
  PERSON_DEACTIVATED,
  PERSON_REACTIVATED,
  COURSE_CREATED,
  COURSE_CHANGED,
  COURSE_DELETED,
  COURSES_IMPORTED,
  FRAMEWORK_IMPORTED,
  FRAMEWORK_STAGES_SET,
  FRAMEWORK_PUBLISHED,
  BACKUP_MADE,
  /** Someone other than the worker read reflections of theirs (the subject is the worker). */
  REFLECTIONS_READ,
  /** Someone other than the worker opened an evidence file of theirs. */
  EVIDENCE_READ,
  /** An employer confirmed that one of their people asked for their data to be erased. */
  ERASURE_CONFIRMED,
  /** An erasure request was withdrawn before the steward acted on it. */
  ERASURE_WITHDRAWN,
  /** The steward erased a person's data; the subject names them by pseudonym only. */
  PERSON_ERASED
}
