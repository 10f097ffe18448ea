package org.linkworker.trellis.catalogue.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import org.linkworker.trellis.catalogue.entity.MappingStrength;

/**
 * A course's mapping as pages and the API show it: a competency code, a level, a strength, and the
 * code of the framework whose competency it is (several professions' frameworks run side by side;
 * null for a competency no current framework has).
 */
@JsonbPropertyOrder({"competency", "level", "strength", "framework"})
public record MappingView(String competency, int level, MappingStrength strength, String framework)
    implements Serializable {

  /** A mapping whose framework is not known. */
  public MappingView(String competency, int level, MappingStrength strength) {
    this(competency, level, strength, null);
  }
}
