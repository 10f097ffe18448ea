package org.linkworker.trellis.authoring.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.util.List;

/**
 * What changed from one version of a framework to a later one: each competency of either version in
 * one change, and how many workers, CPD entries and courses each change touches.
 *
 * @param code the framework's code
 * @param from the earlier version
 * @param to the later version
 * @param counts how many changes of each kind, unchanged competencies included
 * @param changes the changes, the unchanged ones only when asked for; splits, merges, changes, new
 *     and retired competencies in that order, each kind in the order of its framework
 */
@JsonbPropertyOrder({"code", "from", "to", "counts", "changes"})
public record VersionDiff(
    String code, String from, String to, DiffCounts counts, List<VersionChange> changes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What became of a competency (or of several). */
  public enum ChangeKind {
    /** Continued by one competency with the same code, domain and statement. */
    UNCHANGED,
    /** Continued by exactly one competency, one to one, with a new code, domain or statement. */
    CHANGED,
    /** One competency continued by two or more. */
    SPLIT,
    /** One competency that continues two or more. */
    MERGED,
    /** A competency that continues none of the earlier version. */
    NEW,
    /** A competency of the earlier version that none of the later version continues. */
    RETIRED
  }

  /**
   * One change.
   *
   * @param kind what kind of change
   * @param from the earlier version's competencies it concerns (none for a new one)
   * @param to the later version's (none for a retired one)
   * @param fields for a change, what differs: {@code code}, {@code domain}, {@code title}
   * @param workers people with a claim on a competency of {@code from} in a CPD entry that is not a
   *     draft, or a standing assessment on one, each once
   * @param entries CPD entries, of any status, claiming a competency of {@code from}, each once
   * @param courses courses, of any status, with a mapping to a competency of {@code from}, each
   *     once
   */
  @JsonbPropertyOrder({"kind", "from", "to", "fields", "workers", "entries", "courses"})
  public record VersionChange(
      ChangeKind kind,
      List<DiffCompetency> from,
      List<DiffCompetency> to,
      List<String> fields,
      long workers,
      long entries,
      long courses)
      implements Serializable {

    private static final long serialVersionUID = 1L;
  }

  /**
   * A competency named in a change.
   *
   * @param code its code in its version
   * @param title its statement
   */
  public record DiffCompetency(String code, String title) implements Serializable {

    private static final long serialVersionUID = 1L;
  }
}
