package org.linkworker.trellis.framework.control;

import java.time.Instant;
import org.linkworker.trellis.framework.entity.FrameworkStatus;

/**
 * What a CFDocument says about itself, as Trellis keeps it. Optional fields are null.
 *
 * @param id the CFDocument identifier (a UUID)
 * @param status the adoption status: Draft, Adopted, Deprecated/Retired
 */
public record DocumentDefinition(
    String id,
    String uri,
    String title,
    String description,
    String version,
    FrameworkStatus status,
    String creator,
    String publisher,
    String language,
    String frameworkType,
    Instant lastChange) {}
