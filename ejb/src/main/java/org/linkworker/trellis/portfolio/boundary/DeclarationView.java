package org.linkworker.trellis.portfolio.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A declaration against the code of practice as pages and the API show it.
 *
 * @param owner the link worker's username
 * @param membershipYear the membership year, by the year it starts in (2026 for 2026–27)
 * @param from the membership year's first day, 1 April
 * @param to its last day, 31 March
 * @param declaredOn the day it was made
 * @param framework the code of the framework whose code of practice was declared against
 * @param version that framework's version
 * @param statement what the worker added, or null
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "owner",
  "membershipYear",
  "from",
  "to",
  "declaredOn",
  "framework",
  "version",
  "statement"
})
public record DeclarationView(
    String id,
    String owner,
    int membershipYear,
    LocalDate from,
    LocalDate to,
    LocalDate declaredOn,
    String framework,
    String version,
    String statement)
    implements Serializable {}
