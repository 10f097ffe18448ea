package org.linkworker.trellis.rest.privacy;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/people/{username}/erasure}; it may be left out. */
@Schema(name = "ErasureInput", description = "The employer's confirmation of an erasure request")
@JsonbPropertyOrder({"reason"})
public record ErasurePayload(
    @Schema(
            nullable = true,
            description =
                "How the person asked, in a few words (at most 1,000 characters); deleted with the"
                    + " person's data")
        String reason) {}
