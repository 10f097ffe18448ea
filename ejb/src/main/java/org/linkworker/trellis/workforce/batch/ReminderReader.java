package org.linkworker.trellis.workforce.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.linkworker.trellis.workforce.boundary.ReminderService;

/**
 * Reads the active link workers' ids in order; its checkpoint is the last id read, so a restart
 * carries on after the last committed chunk (and a chunk done twice sends nothing twice anyway).
 */
@Dependent
@Named("reminderReader")
public class ReminderReader extends AbstractItemReader {

  @Inject ReminderService reminders;

  private Iterator<String> remaining;
  private String last;

  @Override
  public void open(Serializable checkpoint) {
    last = (String) checkpoint;
    remaining = reminders.workers(last).iterator();
  }

  @Override
  public Object readItem() {
    if (!remaining.hasNext()) {
      return null;
    }
    last = remaining.next();
    return last;
  }

  @Override
  public Serializable checkpointInfo() {
    return last;
  }
}
