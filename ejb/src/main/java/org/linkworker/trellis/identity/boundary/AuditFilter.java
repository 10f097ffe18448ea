package org.linkworker.trellis.identity.boundary;

import java.time.LocalDate;

/** Narrows the audit log; null fields do not narrow. Dates are inclusive, in UTC. */
public record AuditFilter(String actor, String action, LocalDate from, LocalDate to) {}
