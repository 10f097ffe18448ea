package org.linkworker.trellis.privacy.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * An erasure request as the API and pages show it. Once {@code ERASED}, {@code person} and {@code
 * displayName} are the pseudonym the erased records kept, and {@code reason} is gone.
 *
 * @param person the username of the person (the pseudonym once erased)
 * @param status {@code CONFIRMED}, {@code ERASED} or {@code WITHDRAWN}
 * @param erasedRows how many rows were deleted or made anonymous; null until erased
 * @param erasedFiles how many evidence files were deleted; null until erased
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "person",
  "displayName",
  "organisation",
  "status",
  "reason",
  "confirmedBy",
  "confirmedAt",
  "erasedBy",
  "erasedAt",
  "erasedRows",
  "erasedFiles"
})
public record ErasureView(
    String id,
    String person,
    String displayName,
    String organisation,
    String status,
    String reason,
    String confirmedBy,
    Instant confirmedAt,
    String erasedBy,
    Instant erasedAt,
    Integer erasedRows,
    Integer erasedFiles) {}
