package org.linkworker.trellis.catalogue.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.linkworker.trellis.catalogue.boundary.CourseImportRows;
import org.linkworker.trellis.platform.csv.CsvRow;

/** Hands a chunk of rows to the boundary, in the chunk's transaction. */
@Dependent
@Named("courseImportWriter")
public class CourseImportWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "importId")
  String importId;

  @Inject CourseImportRows rows;

  @Override
  public void writeItems(List<Object> items) {
    rows.write(importId, items.stream().map(CsvRow.class::cast).toList());
  }
}
