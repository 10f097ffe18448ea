package org.linkworker.trellis.authoring.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.Map;

/**
 * How many changes of each kind a diff holds. A class with getters rather than a record, because
 * one of its JSON names, {@code new}, is a Java keyword.
 */
@JsonbPropertyOrder({"unchanged", "changed", "split", "merged", "new", "retired"})
public final class DiffCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int unchanged;
  private final int changed;
  private final int split;
  private final int merged;
  @JsonbTransient private final int added;
  private final int retired;

  DiffCounts(Map<VersionDiff.ChangeKind, Integer> byKind) {
    this.unchanged = byKind.getOrDefault(VersionDiff.ChangeKind.UNCHANGED, 0);
    this.changed = byKind.getOrDefault(VersionDiff.ChangeKind.CHANGED, 0);
    this.split = byKind.getOrDefault(VersionDiff.ChangeKind.SPLIT, 0);
    this.merged = byKind.getOrDefault(VersionDiff.ChangeKind.MERGED, 0);
    this.added = byKind.getOrDefault(VersionDiff.ChangeKind.NEW, 0);
    this.retired = byKind.getOrDefault(VersionDiff.ChangeKind.RETIRED, 0);
  }

  /** The count of one kind. */
  public int of(VersionDiff.ChangeKind kind) {
    return switch (kind) {
      case UNCHANGED -> unchanged;
      case CHANGED -> changed;
      case SPLIT -> split;
      case MERGED -> merged;
      case NEW -> added;
      case RETIRED -> retired;
    };
  }

  /** Whether anything but unchanged competencies was found. */
  public boolean hasDifferences() {
    return changed + split + merged + added + retired > 0;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getChanged() {
    return changed;
  }

  public int getSplit() {
    return split;
  }

  public int getMerged() {
    return merged;
  }

  public int getNew() {
    return added;
  }

  public int getRetired() {
    return retired;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DiffCounts that
        && unchanged == that.unchanged
        && changed == that.changed
        && split == that.split
        && merged == that.merged
        && added == that.added
        && retired == that.retired;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(unchanged, changed, split, merged, added, retired);
  }

  @Override
  public String toString() {
    return "DiffCounts[unchanged=%d, changed=%d, split=%d, merged=%d, new=%d, retired=%d]"
        .formatted(unchanged, changed, split, merged, added, retired);
  }
}
