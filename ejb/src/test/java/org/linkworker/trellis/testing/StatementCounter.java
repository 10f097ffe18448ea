package org.linkworker.trellis.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Counts the SQL statements EclipseLink sends, so tests can prove a read is set-based. */
public class StatementCounter extends SessionEventAdapter {

  private static final AtomicInteger STATEMENTS = new AtomicInteger();

  @Override
  public void preExecuteCall(SessionEvent event) {
    STATEMENTS.incrementAndGet();
  }

  public static int count() {
    return STATEMENTS.get();
  }

  /** Statements sent while the work ran (tests run one at a time in this module). */
  public static int during(Runnable work) {
    int before = STATEMENTS.get();
    work.run();
    return STATEMENTS.get() - before;
  }
}
