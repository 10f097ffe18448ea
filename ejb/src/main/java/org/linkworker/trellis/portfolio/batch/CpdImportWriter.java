package org.linkworker.trellis.portfolio.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.boundary.CpdImportRows;

/** Hands a chunk of rows to the boundary, in the chunk's transaction. */
@Dependent
@Named("cpdImportWriter")
public class CpdImportWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject CpdImportRows rows;

  @Override
  public void writeItems(List<Object> items) {
    rows.write(importId, items.stream().map(CsvRow.class::cast).toList());
  }
}
