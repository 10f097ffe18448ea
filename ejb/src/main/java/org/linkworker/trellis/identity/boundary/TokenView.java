package org.linkworker.trellis.identity.boundary;

import java.time.Instant;

/** A personal access token as its owner sees it (never its secret). */
public record TokenView(
    String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {}
