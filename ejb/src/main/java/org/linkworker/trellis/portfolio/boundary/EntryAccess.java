package org.linkworker.trellis.portfolio.boundary;

/**
 * One entry as a page shows it, with what the caller may do to it now.
 *
 * @param mayChange the caller is its worker and it is a draft or returned (edit, submit, evidence)
 * @param mayDecide the caller is its worker's supervisor and it is submitted (verify, return)
 * @param owner the worker's display name
 */
public record EntryAccess(EntryView entry, String owner, boolean mayChange, boolean mayDecide) {}
