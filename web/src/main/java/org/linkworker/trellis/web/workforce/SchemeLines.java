package org.linkworker.trellis.web.workforce;

import jakarta.validation.constraints.Size;

/**
 * The bound of the schemes page's items field: a scheme's items written one per line, at most
 * {@value #MAX} characters (a hundred items of a code and a number of months fit easily). A class,
 * not a record: Payara's OpenAPI scanner trips over constraints on a web module's record
 * components.
 */
public final class SchemeLines {

  public static final int MAX = 4000;

  @Size(max = MAX)
  private String items;

  private SchemeLines() {}

  public String getItems() {
    return items;
  }
}
