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
  FRAMEWORK_IMPORTED
}
