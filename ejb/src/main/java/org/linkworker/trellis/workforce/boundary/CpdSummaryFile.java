package org.linkworker.trellis.workforce.boundary;

/**
 * A CPD summary ready to download.
 *
 * @param fileName the name to save it as, such as {@code
 *     cpd-summary-alex.link-2025-04-01-2026-03-31.pdf}
 * @param content the PDF's bytes
 */
public record CpdSummaryFile(String fileName, byte[] content) {

  /** The media type of every summary. */
  public static final String MEDIA_TYPE = "application/pdf";
}
