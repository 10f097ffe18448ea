package org.linkworker.trellis.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What one class logs while a test runs, as the operator would read it. The classes log through
 * {@link System.Logger}, which outside a server ends in java.util.logging under the class's name.
 */
public final class CapturedLog implements AutoCloseable {

  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final SimpleFormatter formatter = new SimpleFormatter();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  public CapturedLog(Class<?> source) {
    // Held in a field: java.util.logging keeps loggers only weakly, and the handler with them.
    logger = Logger.getLogger(source.getName());
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  /** The messages logged at WARNING or above, formatted with their parameters. */
  public List<String> warnings() {
    return records.stream()
        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .map(formatter::formatMessage)
        .toList();
  }

  public void clear() {
    records.clear();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
