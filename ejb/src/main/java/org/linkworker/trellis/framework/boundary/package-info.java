/**
 * The framework component's transactional edge: {@link
 * org.linkworker.trellis.framework.boundary.CurrentFrameworks} holds the current version of every
 * framework as an application-wide, immutable {@link
 * org.linkworker.trellis.framework.boundary.FrameworkSnapshot} (read once, replaced when a {@link
 * org.linkworker.trellis.framework.boundary.FrameworksChanged} event's transaction ends), which
 * every page, report and service reads without a statement; {@link
 * org.linkworker.trellis.framework.boundary.FrameworkService} reads any version for pages and the
 * API (as {@code FrameworkSummary} and {@code FrameworkOutline} records, or CASE JSON), and {@link
 * org.linkworker.trellis.framework.boundary.FrameworkImportService} imports one from its files.
 * Transactions start here; the web and REST layers call only this package.
 */
package org.linkworker.trellis.framework.boundary;
