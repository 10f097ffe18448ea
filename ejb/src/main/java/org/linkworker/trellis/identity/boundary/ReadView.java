package org.linkworker.trellis.identity.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * One time someone other than a worker read the worker's reflections or opened an evidence file of
 * theirs, as the audit log recorded it, for the worker to see.
 *
 * @param reader the username of whoever read
 * @param readerName their display name; null when the account is no longer there
 * @param what {@code REFLECTIONS} or {@code EVIDENCE}
 * @param detail which entries or file (by date and id), or which summary
 */
@JsonbNillable
@JsonbPropertyOrder({"at", "reader", "readerName", "what", "detail"})
public record ReadView(Instant at, String reader, String readerName, String what, String detail) {}
