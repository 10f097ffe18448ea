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
 * Reads the identifiers of the workers a snapshot still lacks, in order, of its own partition
 * ({@link GapReportPartitions}). What is left is read from the snapshot itself (the workers it does
 * not hold yet), so a restart, by the batch runtime or as a new execution, carries on with what no
 * committed chunk wrote.
 */
@Dependent
@Named("gapReportReader")
public class GapReportReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = GapSnapshotService.SNAPSHOT_PARAMETER)
  String snapshotId;

  @Inject
  @BatchProperty(name = GapReportPartitions.PART)
  String part;

  @Inject
  @BatchProperty(name = GapReportPartitions.PARTS)
  String parts;

  @Inject GapSnapshotService snapshots;

  private Iterator<String> remaining;
  private String last;

  @Override
  public void open(Serializable checkpoint) {
    remaining =
        (parts == null || parts.isBlank()
                ? snapshots.remaining(snapshotId)
                : snapshots.remaining(snapshotId, Integer.parseInt(part), Integer.parseInt(parts)))
            .iterator();
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
