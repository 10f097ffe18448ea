package org.linkworker.trellis.catalogue.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;

/**
 * Provision at one competency and level (PRODUCT.md): how many published courses are mapped there
 * (none is a gap in provision), and the demand, how many link workers' next stage needs it.
 */
@JsonbPropertyOrder({"competency", "level", "courses", "demand"})
public record ProvisionCell(String competency, int level, long courses, long demand)
    implements Serializable {

  public boolean gap() {
    return courses == 0;
  }
}
