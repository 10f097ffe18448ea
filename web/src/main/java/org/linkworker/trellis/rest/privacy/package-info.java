/**
 * Privacy's API: an employer confirms that one of their people asked for erasure, the steward
 * carries it out; a worker reads who else read their reflections and evidence.
 */
package org.linkworker.trellis.rest.privacy;
