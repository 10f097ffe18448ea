package org.linkworker.trellis.rest;

import org.linkworker.trellis.web.i18n.Texts;

/**
 * Texts the API sends to people (problem titles and details): the bundle the pages' labels come
 * from, under its {@code api.*} keys. The API speaks en-GB for now.
 */
public final class ApiTexts {

  private ApiTexts() {}

  /** Whether the bundle holds {@code key}. */
  public static boolean has(String key) {
    return Texts.has(key);
  }

  /** The text under {@code key}, with {@code {0}}, {@code {1}}… replaced by the arguments. */
  public static String text(String key, Object... arguments) {
    return Texts.text(key, arguments);
  }
}
