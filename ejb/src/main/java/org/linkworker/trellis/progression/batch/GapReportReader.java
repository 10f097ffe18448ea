package org.linkworker.trellis.progression.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;

/**
 * Reads the identifiers of the workers a snapshot still lacks, in order. Where to carry on is read
 * from the snapshot itself (after the last worker written), so a restart, by the batch runtime or
 * as a new execution, resumes after the last chunk committed.
 */
@Dependent
@Named("gapReportReader")
public class GapReportReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = GapSnapshotService.SNAPSHOT_PARAMETER)
  String snapshotId;

  @Inject GapSnapshotService snapshots;

  private Iterator<String> remaining;
  private String last;

  @Override
  public void open(Serializable checkpoint) {
    remaining = snapshots.remaining(snapshotId).iterator();
  }

  @Override
  public Object readItem() {
    if (!remaining.hasNext()) {
      return null;
    }
    last = remaining.next();
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
