package org.linkworker.trellis.portfolio.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;

/**
 * A supervision record as pages and the API show it. {@code notes} is null for every reader but the
 * worker themself: their supervisor and employer see that a session took place, not what the worker
 * wrote about it.
 *
 * @param username the link worker's username
 * @param supervisor the username of whoever gave the supervision
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "username", "date", "minutes", "kind", "supervisor", "notes", "version"})
public record SupervisionView(
    String id,
    String username,
    LocalDate date,
    int minutes,
    SupervisionKind kind,
    String supervisor,
    String notes,
    long version)
    implements Serializable {}
