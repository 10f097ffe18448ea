package org.linkworker.trellis.web.workforce;

import jakarta.validation.constraints.Size;

/**
 * The bound of the schemes page's items field: a scheme's items written one per line, at most
 * {@value #MAX} characters (a hundred items of a code and a number of months fit easily).
 */
public record SchemeLines(@Size(max = SchemeLines.MAX) String items) {

  public static final int MAX = 4000;
}
