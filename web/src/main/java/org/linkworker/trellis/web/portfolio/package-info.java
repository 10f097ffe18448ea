/**
 * The portfolio's pages: the dashboard's quick add, a worker's list of entries, an entry with its
 * reflection, evidence and decision, the full entry form, the supervisor's verification queue, and
 * the notifications page.
 */
package org.linkworker.trellis.web.portfolio;
