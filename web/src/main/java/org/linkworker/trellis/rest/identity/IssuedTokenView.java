package org.linkworker.trellis.rest.identity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.identity.boundary.IssuedToken;

/**
 * The answer to {@code POST /api/me/tokens}: the new token with its secret, which is shown this
 * once and never again (only a hash of it is stored).
 *
 * <p>A record of the API's own rather than the boundary's {@link IssuedToken}, which holds the
 * token and the secret side by side: the API promises one flat object, the token's fields with
 * {@code secret} beside them.
 */
@Schema(name = "IssuedToken", description = "A new personal access token and its secret")
@JsonbPropertyOrder({"id", "name", "createdAt", "expiresAt", "secret"})
public record IssuedTokenView(
    String id,
    String name,
    Instant createdAt,
    Instant expiresAt,
    @Schema(description = "Send as Authorization: Bearer <secret>; shown only this once")
        String secret) {

  static IssuedTokenView of(IssuedToken issued) {
    return new IssuedTokenView(
        issued.token().id(),
        issued.token().name(),
        issued.token().createdAt(),
        issued.token().expiresAt(),
        issued.secret());
  }

  @Override
  public String toString() {
    return "IssuedTokenView[id=" + id + "]";
  }
}
