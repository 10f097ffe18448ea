package org.linkworker.trellis.imports.entity;

/** What an import brings in, and so which batch job reads its file. */
public enum ImportKind {
  /** A provider's catalogue of courses. */
  COURSES,
  /** A link worker's CPD history. */
  CPD_ENTRIES
}
