package org.linkworker.trellis.portfolio.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.linkworker.trellis.platform.validation.MultiLine;

/**
 * A structured reflection in three parts (PRODUCT.md): what happened, what I learned, how it
 * changes my practice. Each part may be empty; a reflective account has all three.
 */
@Embeddable
public class Reflection {

  @Size(max = Lengths.REFLECTION, message = "{cpdEntry.reflection.size}")
  @MultiLine
  @Column(name = "reflection_what", length = Lengths.REFLECTION)
  private String what;

  @Size(max = Lengths.REFLECTION, message = "{cpdEntry.reflection.size}")
  @MultiLine
  @Column(name = "reflection_learned", length = Lengths.REFLECTION)
  private String learned;

  @Size(max = Lengths.REFLECTION, message = "{cpdEntry.reflection.size}")
  @MultiLine
  @Column(name = "reflection_change", length = Lengths.REFLECTION)
  private String change;

  protected Reflection() {}

  public Reflection(String what, String learned, String change) {
    this.what = what;
    this.learned = learned;
    this.change = change;
  }

  /** Whether all three parts are written: a reflective account (PRODUCT.md's THREE_YEAR scheme). */
  public boolean isComplete() {
    return filled(what) && filled(learned) && filled(change);
  }

  /** Whether nothing is written in any part. */
  public boolean isBlank() {
    return !filled(what) && !filled(learned) && !filled(change);
  }

  private static boolean filled(String part) {
    return part != null && !part.isBlank();
  }

  public String getWhat() {
    return what;
  }

  public String getLearned() {
    return learned;
  }

  public String getChange() {
    return change;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reflection r
        && Objects.equals(what, r.what)
        && Objects.equals(learned, r.learned)
        && Objects.equals(change, r.change);
  }

  @Override
  public int hashCode() {
    return Objects.hash(what, learned, change);
  }
}
