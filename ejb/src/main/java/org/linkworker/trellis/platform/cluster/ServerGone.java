package org.linkworker.trellis.platform.cluster;

/**
 * A server has stopped saying it is there: whatever its boot ({@code bootId}) was running has been
 * abandoned. Fired (synchronously, in the transaction that notices) by {@link ServerPresence}.
 */
public record ServerGone(String serverName, String bootId) {}
