/**
 * Operations' boundary: an online backup of the database (Derby's {@code
 * SYSCS_UTIL.SYSCS_BACKUP_DATABASE}, which runs in the server's JVM, the only one that may open the
 * embedded database) with the evidence files beside it, made by the steward and audited. Restoring
 * is offline, by the run command ({@code ./run.sh --restore}).
 */
package org.linkworker.trellis.operations.boundary;
