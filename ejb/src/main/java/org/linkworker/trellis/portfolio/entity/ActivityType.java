package org.linkworker.trellis.portfolio.entity;

/** What kind of learning a CPD entry records (API.md's {@code type}). */
public enum ActivityType {
  COURSE,
  E_LEARNING,
  SUPERVISION,
  PEER_LEARNING,
  REFLECTIVE_PRACTICE,
  SHADOWING,
  CONFERENCE,
  READING,
  OTHER;

  /** Formal learning, as the association's scheme counts it. */
  public boolean isFormal() {
    return this == COURSE || this == E_LEARNING || this == CONFERENCE;
  }
}
