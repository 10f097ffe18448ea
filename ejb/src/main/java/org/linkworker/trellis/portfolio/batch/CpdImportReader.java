package org.linkworker.trellis.portfolio.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.boundary.CpdImportRows;
import org.linkworker.trellis.portfolio.control.CpdCsv;

/**
 * Reads an import's file row by row; the checkpoint is how many rows have been read. A {@code
 * Dependent} bean, so that the batch runtime finds it by name in the EJB module (which discovers
 * annotated beans only) and gets a fresh one for each step.
 */
@Dependent
@Named("cpdImportReader")
public class CpdImportReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject CpdImportRows rows;

  private Iterator<CsvRow> remaining;
  private long read;

  @Override
  public void open(Serializable checkpoint) {
    read = checkpoint == null ? 0 : (Long) checkpoint;
    remaining = CpdCsv.rows(rows.content(importId), read);
  }

  @Override
  public Object readItem() {
    if (!remaining.hasNext()) {
      return null;
    }
    CsvRow row = remaining.next();
    read = row.index();
    return row;
  }

  @Override
  public Serializable checkpointInfo() {
    return read;
  }
}
