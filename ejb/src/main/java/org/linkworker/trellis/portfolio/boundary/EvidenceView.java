package org.linkworker.trellis.portfolio.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;

/**
 * An evidence file as pages and the API show it: never where it is stored.
 *
 * @param entry the id of the CPD entry it is attached to
 * @param name the plain name it was attached under, to offer it for download by
 * @param mediaType the type its content was found to be
 * @param size its length in bytes
 */
@JsonbPropertyOrder({"id", "entry", "name", "mediaType", "size", "uploadedAt"})
public record EvidenceView(
    String id, String entry, String name, String mediaType, long size, Instant uploadedAt)
    implements Serializable {}
