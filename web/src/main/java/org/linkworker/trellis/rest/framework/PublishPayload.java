package org.linkworker.trellis.rest.framework;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/frameworks/{code}/{version}/publish}; it may be left out.
 *
 * @param current whether the version becomes the current one of its code (default true)
 */
@Schema(name = "Publish", description = "How to publish a draft framework version")
public record PublishPayload(
    @Schema(description = "Make it the current version of its code (default true)")
        Boolean current) {}
