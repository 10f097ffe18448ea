/**
 * Pages of the framework component: browsing and searching competencies, the stage profile matrix,
 * and the code of practice.
 *
 * <p>Backing beans mirror the page path ({@code framework/stages.xhtml} ↔ {@code StagesBacking}),
 * read through the {@code framework.boundary} only, and hand pages ready-made rows so that no
 * business logic sits in EL. The shaping ({@link
 * org.linkworker.trellis.web.framework.CompetencySearch}, {@link
 * org.linkworker.trellis.web.framework.StageMatrix}) is plain Java, tested without a server.
 */
package org.linkworker.trellis.web.framework;
