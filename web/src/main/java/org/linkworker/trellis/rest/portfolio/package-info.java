/** The portfolio's API: a link worker's CPD entries, submitted, verified and returned. */
package org.linkworker.trellis.rest.portfolio;
