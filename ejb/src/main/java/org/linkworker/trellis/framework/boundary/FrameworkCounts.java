package org.linkworker.trellis.framework.boundary;

/** How much framework data is loaded, across every framework version: for tests and health. */
public record FrameworkCounts(long frameworks, long competencies, long stages, long standards) {}
