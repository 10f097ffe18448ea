package org.linkworker.trellis.rest.workforce;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/organisations/{id}/supervision-target}. */
@Schema(name = "SupervisionTargetInput", description = "An organisation's supervision interval")
public record SupervisionTargetPayload(
    @Schema(example = "6", description = "Weeks between sessions, 1 to 52") Integer weeks) {}
