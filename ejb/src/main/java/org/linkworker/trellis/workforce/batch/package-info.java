/**
 * The workforce's batch artifacts: the {@code reminders} job, which reads the active link workers
 * in order and, a chunk at a time, sends each the reminders they are due and emails them.
 */
package org.linkworker.trellis.workforce.batch;
