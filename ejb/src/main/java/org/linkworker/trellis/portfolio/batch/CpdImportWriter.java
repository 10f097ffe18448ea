package org.linkworker.trellis.portfolio.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.List;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.boundary.CpdImportRows;

/**
 * Hands a chunk of rows to the boundary, in the chunk's transaction. A chunk that fails fails the
 * job (it can be restarted); why is written to the server's log, since the batch runtime keeps only
 * the status.
 */
@Dependent
@Named("cpdImportWriter")
public class CpdImportWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  private static final System.Logger LOG = System.getLogger(CpdImportWriter.class.getName());

  @Inject CpdImportRows rows;

  @Override
  public void writeItems(List<Object> items) {
    try {
      rows.write(importId, items.stream().map(CsvRow.class::cast).toList());
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          () -> MessageFormat.format("CPD import {0}: a chunk failed", importId),
          e);
      throw e;
    }
  }
}
