package org.linkworker.trellis.portfolio.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A standing direct assessment as pages and the API show it.
 *
 * @param username the assessed link worker's username
 * @param competency the competency's code
 * @param assessedBy the supervisor's username
 * @param note what the supervisor added, or null
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "username", "competency", "level", "date", "assessedBy", "note"})
public record AssessmentView(
    String id,
    String username,
    String competency,
    int level,
    LocalDate date,
    String assessedBy,
    String note)
    implements Serializable {}
