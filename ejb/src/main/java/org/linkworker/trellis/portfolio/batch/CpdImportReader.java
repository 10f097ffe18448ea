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
 * Reads an import's file row by row; the checkpoint is how many rows have been read, and a restart
 * resumes after the rows the import's committed chunks read. A {@code Dependent} bean, so that the
 * batch runtime finds it by name in the EJB module (which discovers annotated beans only) and gets
 * a fresh one for each step.
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
    // The import's own count of rows committed, not the runtime's checkpoint: the count is
    // committed with the rows, in the same database, while the checkpoint is kept in Payara's own
    // and may disagree with them after a server is killed mid-commit.
    read = rows.committedRows(importId);
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
