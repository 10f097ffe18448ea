/**
 * The portfolio's boundary: a link worker records, edits and submits CPD entries; their supervisor
 * verifies or returns them; evidence files are attached to them and read by the worker and the
 * supervisor alone; a worker imports their CPD history from CSV (the {@code cpd-import} job writes
 * it chunk by chunk). Every method asks the identity component's {@code AccessPolicy} first, on the
 * entry's owner.
 */
package org.linkworker.trellis.portfolio.boundary;
