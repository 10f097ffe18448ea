package org.linkworker.trellis.platform.cluster;

/**
 * A shared revision ({@link SharedRevisions}) has moved since this server's last beat: what it
 * keeps of that name is out of date. Fired by {@link ServerPresence}, in the beat's transaction.
 */
public record SharedRevisionMoved(String name) {}
