package org.linkworker.trellis.progression.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the workers of a gap-report job between partitions that write at the same time, one a core
 * by default (the server's system property {@value #PARTITIONS} sets how many): each reads its own
 * workers' evidence, so a national report uses every core the server has. Which partition writes a
 * worker follows from the worker's identifier, so any execution, first or restarted, splits them
 * alike.
 */
@Dependent
@Named("gapReportPartitions")
public class GapReportPartitions implements PartitionMapper {

  /** The system property that sets the number of partitions. */
  public static final String PARTITIONS = "trellis.gap-reports.partitions";

  /** The property naming a partition's part, from 0. */
  public static final String PART = "part";

  /** The property naming how many parts there are. */
  public static final String PARTS = "parts";

  @Override
  public PartitionPlan mapPartitions() {
    int parts = partitions();
    Properties[] properties = new Properties[parts];
    for (int part = 0; part < parts; part++) {
      properties[part] = new Properties();
      properties[part].setProperty(PART, Integer.toString(part));
      properties[part].setProperty(PARTS, Integer.toString(parts));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(parts);
    plan.setThreads(parts);
    plan.setPartitionProperties(properties);
    return plan;
  }

  static int partitions() {
    String setting = System.getProperty(PARTITIONS);
    if (setting != null) {
      try {
        return Math.max(1, Math.min(16, Integer.parseInt(setting.strip())));
      } catch (NumberFormatException e) {
        // an unreadable setting: the default
      }
    }
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }
}
