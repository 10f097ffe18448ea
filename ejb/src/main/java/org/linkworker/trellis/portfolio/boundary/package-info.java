/**
 * The portfolio's boundary: a link worker records, edits and submits CPD entries; their supervisor
 * verifies or returns them. Every method asks the identity component's {@code AccessPolicy} first,
 * on the entry's owner.
 */
package org.linkworker.trellis.portfolio.boundary;
