package org.linkworker.trellis.web.framework;

import java.util.regex.Pattern;

/**
 * Turns framework codes into HTML ids that stay stable for links and browser tests: {@code PC.3}
 * inside a competency becomes {@code competency-PC-3}.
 */
public final class ElementIds {

  private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_-]");

  private ElementIds() {}

  public static String competency(String code) {
    return "competency-" + slug(code);
  }

  public static String domain(String code) {
    return "domain-" + slug(code);
  }

  public static String stageGroup(String domainCode) {
    return "stage-group-" + slug(domainCode);
  }

  public static String stageRow(String competencyCode) {
    return "stage-row-" + slug(competencyCode);
  }

  public static String standard(String code) {
    return "standard-" + slug(code);
  }

  /** Every character an id should not carry (dots, spaces, slashes) becomes a hyphen. */
  static String slug(String code) {
    return NOT_ALLOWED.matcher(code == null ? "" : code.strip()).replaceAll("-");
  }
}
