/**
 * Progression's entities: dated snapshots of gap reports, written by the organisation-wide job one
 * row per worker and never changed afterwards.
 */
package org.linkworker.trellis.progression.entity;
