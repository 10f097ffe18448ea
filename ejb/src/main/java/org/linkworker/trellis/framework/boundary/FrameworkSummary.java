package org.linkworker.trellis.framework.boundary;

import org.linkworker.trellis.framework.entity.FrameworkStatus;

/** One framework version as listed: enough to choose it. */
public record FrameworkSummary(
    String code, String version, String title, FrameworkStatus status, boolean current) {}
