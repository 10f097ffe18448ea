package org.linkworker.trellis.catalogue.entity;

/** How much of a competency a course covers at the mapped level. */
public enum MappingStrength {
  INTRODUCES,
  DEVELOPS,
  ASSESSES
}
