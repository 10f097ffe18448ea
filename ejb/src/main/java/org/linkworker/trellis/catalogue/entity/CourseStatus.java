package org.linkworker.trellis.catalogue.entity;

/**
 * Where a course is in its life: written ({@code DRAFT}), offered to link workers ({@code
 * PUBLISHED}), or no longer offered ({@code WITHDRAWN}) but kept, since CPD entries may name it.
 */
public enum CourseStatus {
  DRAFT,
  PUBLISHED,
  WITHDRAWN
}
