/**
 * The portfolio's API: a link worker's CPD entries, submitted, verified and returned, and their
 * evidence files.
 */
package org.linkworker.trellis.rest.portfolio;
