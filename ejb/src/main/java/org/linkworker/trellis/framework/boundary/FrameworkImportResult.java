package org.linkworker.trellis.framework.boundary;

/**
 * What importing one framework did.
 *
 * @param id the framework's CASE CFDocument identifier
 * @param outcome whether it was stored now or was already there
 * @param domains how many domains the files define
 * @param competencies how many competencies
 * @param stages how many career stages
 * @param standards how many standards its code of practice has (0 without one)
 */
public record FrameworkImportResult(
    String id,
    String code,
    String version,
    Outcome outcome,
    int domains,
    int competencies,
    int stages,
    int standards) {

  /** Whether anything was written. */
  public enum Outcome {
    /** The framework was new and is now stored. */
    IMPORTED,
    /** A framework with the same identifier was already stored; nothing was written. */
    ALREADY_PRESENT
  }
}
