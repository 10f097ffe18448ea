package org.linkworker.trellis.identity.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * A personal access token as its owner sees it (never its secret); the API returns it as it is,
 * with {@code revokedAt} present as null while the token is live.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "createdAt", "expiresAt", "revokedAt"})
public record TokenView(
    String id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {}
