package org.linkworker.trellis.web.identity;

import java.util.regex.Pattern;

/**
 * HTML ids for table rows that stay stable for links and browser tests: the person {@code
 * alex.link} becomes {@code person-alex-link}. Rows also carry the value itself in a {@code data-}
 * attribute, because two values can map onto one id ({@code a.b} and {@code a-b}).
 */
final class RowIds {

  private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_-]");

  private RowIds() {}

  static String of(String prefix, String value) {
    return prefix + "-" + NOT_ALLOWED.matcher(value == null ? "" : value).replaceAll("-");
  }
}
