package org.linkworker.trellis.catalogue.entity;

/** How a course is delivered (API.md's {@code deliveryMode}). */
public enum DeliveryMode {
  ONLINE,
  IN_PERSON,
  BLENDED
}
