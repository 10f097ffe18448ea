package org.linkworker.trellis.workforce.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;

/**
 * An organisation's target interval between a link worker's supervision sessions, in weeks (1 to
 * 52; 6 until its employer sets another).
 *
 * @param organisation the organisation's id
 */
@JsonbPropertyOrder({"organisation", "weeks"})
public record SupervisionTarget(String organisation, int weeks) implements Serializable {}
