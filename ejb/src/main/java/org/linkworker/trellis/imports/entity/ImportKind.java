package org.linkworker.trellis.imports.entity;

/** What an import brings in, and so which batch job reads its file. */
public enum ImportKind {
  /** A provider's catalogue of courses. */
  COURSES("course-import"),
  /** A link worker's CPD history. */
  CPD_ENTRIES("cpd-import");

  private final String job;

  ImportKind(String job) {
    this.job = job;
  }

  /**
   * The batch job that reads a file of this kind, as its {@code META-INF/batch-jobs} file names it.
   */
  public String job() {
    return job;
  }
}
