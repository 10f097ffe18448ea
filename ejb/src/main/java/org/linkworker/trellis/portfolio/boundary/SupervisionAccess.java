package org.linkworker.trellis.portfolio.boundary;

/**
 * What the caller may do on a worker's supervision page.
 *
 * @param owner the worker's display name
 * @param mayRecord the worker themself or their supervisor: record a supervision session
 * @param mayWriteNotes the worker themself: private notes on a session
 * @param mayAssess the worker's supervisor: record a direct assessment
 */
public record SupervisionAccess(
    String owner, boolean mayRecord, boolean mayWriteNotes, boolean mayAssess) {}
