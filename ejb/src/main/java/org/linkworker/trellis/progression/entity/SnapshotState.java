package org.linkworker.trellis.progression.entity;

/**
 * Where a snapshot's job stands. A snapshot left {@link #RUNNING} by a server that was killed is
 * marked {@link #FAILED} when the server starts again, so that it can be restarted.
 */
public enum SnapshotState {
  RUNNING,
  COMPLETED,
  FAILED,
  STOPPED
}
