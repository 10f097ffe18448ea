package org.linkworker.trellis.progression.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.linkworker.trellis.progression.boundary.GapSnapshotService;

/** The job's last step, reached only when every worker is written: the snapshot is complete. */
@Dependent
@Named("gapReportFinisher")
public class GapReportFinisher extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = GapSnapshotService.SNAPSHOT_PARAMETER)
  String snapshotId;

  @Inject GapSnapshotService snapshots;

  @Override
  public String process() {
    snapshots.finish(snapshotId);
    return "COMPLETED";
  }
}
