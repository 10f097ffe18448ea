/**
 * The portfolio's API: a link worker's CPD entries, submitted, verified and returned; their
 * supervisor's direct assessments; their supervision records.
 */
package org.linkworker.trellis.rest.portfolio;
