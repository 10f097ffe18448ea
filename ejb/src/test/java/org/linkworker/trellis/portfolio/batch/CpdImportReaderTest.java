package org.linkworker.trellis.portfolio.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.platform.csv.CsvRow;
import org.linkworker.trellis.portfolio.boundary.CpdImportRows;

/**
 * After a server is killed while a chunk commits, the batch runtime's checkpoint (kept in Payara's
 * own database) may disagree with the rows committed in Trellis's: the reader resumes after the
 * rows the import's committed chunks read, whatever the checkpoint says.
 */
class CpdImportReaderTest {

  private static final String FILE =
      "key,date,title,type,hours\r\n"
          + "K1,2026-01-01,One,READING,1\r\n"
          + "K2,2026-01-02,Two,READING,1\r\n"
          + "K3,2026-01-03,Three,READING,1\r\n"
          + "K4,2026-01-04,Four,READING,1\r\n";

  /** The boundary as the reader sees it: the file, and the rows its committed chunks read. */
  private static CpdImportRows committed(long rows) {
    return new CpdImportRows() {
      @Override
      public byte[] content(String importId) {
        return FILE.getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public long committedRows(String importId) {
        return rows;
      }
    };
  }

  private static List<Long> read(CpdImportReader reader) {
    List<Long> indexes = new ArrayList<>();
    for (Object row = reader.readItem(); row != null; row = reader.readItem()) {
      indexes.add(((CsvRow) row).index());
    }
    return indexes;
  }

  private static CpdImportReader reader(long committedRows) {
    CpdImportReader reader = new CpdImportReader();
    reader.importId = "import-1";
    reader.rows = committed(committedRows);
    return reader;
  }

  @Test
  void aCheckpointBehindTheCommittedRowsDoesNotReadTheirChunkAgain() {
    CpdImportReader reader = reader(3);
    reader.open(1L);
    assertThat(read(reader)).containsExactly(4L);
    assertThat(reader.checkpointInfo()).isEqualTo(4L);
  }

  @Test
  void aCheckpointAheadOfTheCommittedRowsDoesNotSkipTheRowsThatWereLost() {
    CpdImportReader reader = reader(1);
    reader.open(3L);
    assertThat(read(reader)).containsExactly(2L, 3L, 4L);
  }

  @Test
  void aFirstStartReadsFromTheFirstRow() {
    CpdImportReader reader = reader(0);
    reader.open(null);
    assertThat(read(reader)).containsExactly(1L, 2L, 3L, 4L);
  }
}
