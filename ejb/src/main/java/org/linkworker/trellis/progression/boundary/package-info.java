/**
 * Progression's boundary: the level a worker attains in each competency on any day, derived from
 * the append-only evidence (verified claims, standing assessments) and never stored. Every method
 * asks the identity component's {@code AccessPolicy} first, on the worker asked about.
 */
package org.linkworker.trellis.progression.boundary;
