/**
 * Privacy's pages: a worker's list of who read their reflections and evidence, an employer's
 * confirmation of a person's erasure request, and the steward's list of requests to carry out.
 */
package org.linkworker.trellis.web.privacy;
