/**
 * The catalogue's batch artifacts: the {@code course-import} chunk job reads a stored catalogue
 * file row by row and hands each chunk to the boundary's {@code CourseImportRows}, in the chunk's
 * transaction. Its checkpoint is the number of rows read, so a restart continues after the last
 * chunk committed.
 */
package org.linkworker.trellis.catalogue.batch;
