package org.linkworker.trellis.bench;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Rows of one table written with a batched insert on a connection whose transaction the {@link
 * Session} commits every so many rows. On Derby, while a transaction writes to the table it holds
 * the table in exclusive mode, so Derby takes one lock for it instead of one per row (nothing else
 * uses the database while the dataset is loaded). It counts its rows and the time spent writing
 * them.
 */
final class BulkInsert implements AutoCloseable {

  private final Session session;
  private final String table;
  private final List<String> columns;
  private final PreparedStatement insert;
  private final int[] types;
  private int pending;
  private long rows;
  private long lockedIn = -1;
  private long nanos;

  BulkInsert(Session session, String table, List<String> columns) throws SQLException {
    this.session = session;
    this.table = table;
    this.columns = List.copyOf(columns);
    String marks = String.join(", ", columns.stream().map(c -> "?").toList());
    this.insert =
        session
            .connection()
            .prepareStatement(
                "insert into "
                    + table
                    + " ("
                    + String.join(", ", columns)
                    + ") values ("
                    + marks
                    + ")");
    ParameterMetaData meta = insert.getParameterMetaData();
    types = new int[columns.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = meta.getParameterType(i + 1);
    }
  }

  String table() {
    return table;
  }

  List<String> columns() {
    return columns;
  }

  /** Adds a row; its values in the order of the columns. */
  void row(Object... values) throws SQLException {
    if (values.length != types.length) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + types.length + " columns");
    }
    long start = System.nanoTime();
    if (session.locksTables() && lockedIn != session.transaction()) {
      try (var lock = session.connection().createStatement()) {
        lock.execute("lock table " + table + " in exclusive mode");
      }
      lockedIn = session.transaction();
    }
    for (int i = 0; i < values.length; i++) {
      set(i + 1, values[i]);
    }
    insert.addBatch();
    rows++;
    nanos += System.nanoTime() - start;
    if (++pending == session.batchSize()) {
      flush();
    }
    session.written(this);
    if (session.progressEvery() > 0 && rows % session.progressEvery() == 0) {
      session.progress().accept(this);
    }
  }

  private void set(int at, Object value) throws SQLException {
    if (value == null) {
      insert.setNull(at, types[at - 1]);
    } else if (value instanceof String s) {
      insert.setString(at, s);
    } else if (value instanceof Integer i) {
      insert.setInt(at, i);
    } else if (value instanceof Long l) {
      insert.setLong(at, l);
    } else if (value instanceof Boolean b) {
      insert.setBoolean(at, b);
    } else if (value instanceof BigDecimal d) {
      insert.setBigDecimal(at, d);
    } else if (value instanceof LocalDate d) {
      insert.setDate(at, Date.valueOf(d));
    } else if (value instanceof LocalDateTime t) {
      insert.setTimestamp(at, Timestamp.valueOf(t));
    } else {
      throw new IllegalArgumentException(table + ": cannot write a " + value.getClass());
    }
  }

  /** Sends the rows added since the last batch; the session commits. */
  void flush() throws SQLException {
    if (pending > 0) {
      long start = System.nanoTime();
      insert.executeBatch();
      pending = 0;
      nanos += System.nanoTime() - start;
    }
  }

  long rows() {
    return rows;
  }

  /** The time spent adding and sending this table's rows, commits included. */
  double seconds() {
    return nanos / 1e9;
  }

  void addCommitTime(long commitNanos) {
    nanos += commitNanos;
  }

  @Override
  public void close() throws SQLException {
    flush();
    insert.close();
  }
}
