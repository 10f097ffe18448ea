/**
 * The portfolio's batch artifacts: the {@code cpd-import} chunk job reads a worker's stored CPD
 * file row by row and hands each chunk to the boundary's {@code CpdImportRows}, in the chunk's
 * transaction. Its checkpoint is the number of rows read, so a restart continues after the last
 * chunk committed.
 */
package org.linkworker.trellis.portfolio.batch;
