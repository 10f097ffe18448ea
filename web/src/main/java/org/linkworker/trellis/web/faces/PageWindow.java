package org.linkworker.trellis.web.faces;

import java.io.Serializable;

/**
 * Where a page of a long list is: which rows it shows of how many, and the offsets of the pages
 * before and after it, for "previous" and "next" links. Offsets count from 0; the numbers shown to
 * people count from 1.
 *
 * @param offset the index of the first row shown
 * @param limit the most rows a page shows
 * @param shown how many rows this page shows
 * @param total how many rows the whole list has
 */
public record PageWindow(int offset, int limit, int shown, long total) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The offset a page was asked for: a whole number of zero or more, anything else (missing,
   * negative, not a number) meaning the first page.
   */
  public static int offsetOf(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(parameter.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The number of the first row shown, from 1; 0 when the page is empty. */
  public long getFirst() {
    return shown == 0 ? 0 : offset + 1L;
  }

  /** The number of the last row shown, from 1. */
  public long getLast() {
    return (long) offset + shown;
  }

  public boolean isPrevious() {
    return offset > 0;
  }

  public boolean isNext() {
    return (long) offset + shown < total;
  }

  public int getPreviousOffset() {
    return Math.max(0, offset - limit);
  }

  public int getNextOffset() {
    return offset + limit;
  }
}
