package org.linkworker.trellis.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The loading connection's transactions: auto-commit off, every table's pending batch sent and the
 * transaction committed once {@code commitEvery} rows have been added since the last commit. On
 * Derby each table is locked in exclusive mode while a transaction writes to it ({@link
 * BulkInsert}); PostgreSQL keeps no lock of its lock table per inserted row, so there is nothing to
 * save there.
 */
final class Session {

  private final Connection connection;
  private final int batchSize;
  private final int commitEvery;
  private final boolean locksTables;
  private final List<BulkInsert> open = new ArrayList<>();
  private long transaction;
  private int sinceCommit;
  private long progressEvery;
  private Consumer<BulkInsert> progress = insert -> {};

  Session(Connection connection, int batchSize, int commitEvery) throws SQLException {
    this.connection = connection;
    this.batchSize = batchSize;
    this.commitEvery = commitEvery;
    this.locksTables = "Apache Derby".equals(connection.getMetaData().getDatabaseProductName());
    connection.setAutoCommit(false);
  }

  /** Tells {@code progress} of a table every {@code every} rows (0: never). */
  void reportProgress(long every, Consumer<BulkInsert> progress) {
    this.progressEvery = every;
    this.progress = progress;
  }

  long progressEvery() {
    return progressEvery;
  }

  Consumer<BulkInsert> progress() {
    return progress;
  }

  Connection connection() {
    return connection;
  }

  int batchSize() {
    return batchSize;
  }

  /** Whether a table is locked for each transaction that writes to it (Derby's one lock). */
  boolean locksTables() {
    return locksTables;
  }

  /** The number of the current transaction, so that a table knows when to take its lock again. */
  long transaction() {
    return transaction;
  }

  BulkInsert insert(String table, List<String> columns) throws SQLException {
    BulkInsert insert = new BulkInsert(this, table, columns);
    open.add(insert);
    return insert;
  }

  void written(BulkInsert by) throws SQLException {
    if (++sinceCommit >= commitEvery) {
      commit(by);
    }
  }

  /** Sends every pending batch and commits; the time is the table's that filled the transaction. */
  void commit(BulkInsert by) throws SQLException {
    long start = System.nanoTime();
    for (BulkInsert insert : open) {
      insert.flush();
    }
    connection.commit();
    transaction++;
    sinceCommit = 0;
    if (by != null) {
      by.addCommitTime(System.nanoTime() - start);
    }
  }

  /** Commits what is pending and forgets the tables that are done. */
  void finish(BulkInsert... done) throws SQLException {
    for (BulkInsert insert : done) {
      insert.flush();
    }
    long start = System.nanoTime();
    connection.commit();
    transaction++;
    sinceCommit = 0;
    long share = (System.nanoTime() - start) / Math.max(1, done.length);
    for (BulkInsert insert : done) {
      insert.addCommitTime(share);
      insert.close();
      open.remove(insert);
    }
  }
}
