package org.linkworker.trellis.platform.data;

import org.linkworker.trellis.platform.TrellisException;

/**
 * A data file (a CASE package, a framework profile, the data-set manifest, a demo file) cannot be
 * used. The message names the file and the item in it, so whoever maintains the file can find the
 * line to fix: {@code lwcf-1.case.json: CFItem 1d2e.../PC.3: fullStatement is missing}.
 */
public class DataFileException extends TrellisException {

  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final String item;
  private final String problem;

  /**
   * A problem with one item of the file; {@code item} says which (an identifier, a code, a path).
   */
  public DataFileException(String fileName, String item, String problem) {
    super("data_file.invalid", fileName, item, problem);
    this.fileName = fileName;
    this.item = item;
    this.problem = problem;
  }

  /** A problem with the file as a whole (it cannot be read, it is not JSON). */
  public DataFileException(String fileName, String problem, Throwable cause) {
    super("data_file.invalid_whole", cause, fileName, problem);
    this.fileName = fileName;
    this.item = null;
    this.problem = problem;
  }

  public String fileName() {
    return fileName;
  }

  /** The item the problem is in, or null when it concerns the whole file. */
  public String item() {
    return item;
  }

  /** What is wrong, without the file and item. */
  public String problem() {
    return problem;
  }
}
