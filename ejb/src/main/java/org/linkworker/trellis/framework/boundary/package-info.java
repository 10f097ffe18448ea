/**
 * The framework component's transactional edge: {@link
 * org.linkworker.trellis.framework.boundary.FrameworkService} reads frameworks for pages and the
 * API (as {@code FrameworkSummary} and {@code FrameworkOutline} records, or CASE JSON), and {@link
 * org.linkworker.trellis.framework.boundary.FrameworkImportService} imports one from its files.
 * Transactions start here; the web and REST layers call only this package.
 */
package org.linkworker.trellis.framework.boundary;
