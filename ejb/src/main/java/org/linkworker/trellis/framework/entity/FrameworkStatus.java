package org.linkworker.trellis.framework.entity;

/** Where a framework version is in its life: authored, in force, or kept only for reading. */
public enum FrameworkStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
