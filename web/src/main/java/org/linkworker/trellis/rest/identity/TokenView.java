package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A personal access token as its owner sees it: never its secret. */
@Schema(name = "Token", description = "A personal access token, without its secret")
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "createdAt", "expiresAt", "revokedAt"})
public record TokenView(
    String id,
    String name,
    Instant createdAt,
    Instant expiresAt,
    @Schema(nullable = true, description = "When it was revoked, or null") Instant revokedAt) {

  static TokenView of(org.linkworker.trellis.identity.boundary.TokenView token) {
    return new TokenView(
        token.id(), token.name(), token.createdAt(), token.expiresAt(), token.revokedAt());
  }
}
