package org.linkworker.trellis.catalogue.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import org.linkworker.trellis.catalogue.entity.MappingStrength;

/** A course's mapping as pages and the API show it: a competency code, a level, a strength. */
@JsonbPropertyOrder({"competency", "level", "strength"})
public record MappingView(String competency, int level, MappingStrength strength)
    implements Serializable {}
