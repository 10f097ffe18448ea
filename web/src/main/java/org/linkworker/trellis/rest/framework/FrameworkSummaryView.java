package org.linkworker.trellis.rest.framework;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.linkworker.trellis.framework.boundary.FrameworkSummary;
import org.linkworker.trellis.framework.entity.FrameworkStatus;

/** One framework version in {@code GET /api/frameworks}. */
@Schema(name = "FrameworkSummary", description = "A framework version, enough to choose it")
@JsonbPropertyOrder({"code", "version", "title", "status", "current"})
public record FrameworkSummaryView(
    String code, String version, String title, FrameworkStatus status, boolean current) {

  public static FrameworkSummaryView of(FrameworkSummary summary) {
    return new FrameworkSummaryView(
        summary.code(), summary.version(), summary.title(), summary.status(), summary.current());
  }
}
