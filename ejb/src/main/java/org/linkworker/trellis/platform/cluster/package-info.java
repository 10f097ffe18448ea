/**
 * More than one server on one database: which servers are there ({@link
 * org.linkworker.trellis.platform.cluster.ServerPresence}), so that a job is taken for abandoned
 * only when the server running it has gone, and which server starts a nightly job ({@link
 * org.linkworker.trellis.platform.cluster.ScheduledRuns}). Both rest on the database every server
 * shares, Derby's or PostgreSQL's, and need nothing of the application server's own clustering.
 */
package org.linkworker.trellis.platform.cluster;
