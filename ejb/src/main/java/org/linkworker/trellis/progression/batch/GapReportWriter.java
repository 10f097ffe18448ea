package org.linkworker.trellis.progression.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;

/** Writes a chunk of workers' gap reports into the snapshot, in the chunk's transaction. */
@Dependent
@Named("gapReportWriter")
public class GapReportWriter extends AbstractItemWriter {

  private static final System.Logger LOG = System.getLogger(GapReportWriter.class.getName());

  @Inject
  @BatchProperty(name = GapSnapshotService.SNAPSHOT_PARAMETER)
  String snapshotId;

  @Inject GapSnapshotService snapshots;

  @Override
  public void writeItems(List<Object> items) {
    try {
      snapshots.writeChunk(snapshotId, items.stream().map(String.class::cast).toList());
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          () -> MessageFormat.format("Gap reports {0}: a chunk failed", snapshotId),
          e);
      throw e;
    }
  }
}
