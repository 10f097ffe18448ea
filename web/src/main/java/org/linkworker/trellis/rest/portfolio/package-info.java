/**
 * The portfolio's API: a link worker's CPD entries, submitted, verified and returned, with their
 * evidence files, and imported from CSV; their supervisor's direct assessments and verification
 * queue; their supervision records.
 */
package org.linkworker.trellis.rest.portfolio;
