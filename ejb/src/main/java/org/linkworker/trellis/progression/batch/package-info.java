/**
 * The organisation-wide gap report's Jakarta Batch artefacts (job {@code gap-reports}): the reader
 * of the workers still to write, the writer of a chunk of them, and the last step that completes
 * the snapshot. The work itself is the progression boundary's.
 */
package org.linkworker.trellis.progression.batch;
