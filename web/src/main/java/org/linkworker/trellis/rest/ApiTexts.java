package org.linkworker.trellis.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the API sends to people (problem titles and details), from the same bundle as the pages'
 * labels, under its {@code api.*} keys. The API speaks en-GB for now.
 */
public final class ApiTexts {

  static final String BUNDLE = "org.linkworker.trellis.web.i18n.messages";

  private static final Locale LOCALE = Locale.UK;

  private ApiTexts() {}

  /** Whether the bundle holds {@code key}. */
  public static boolean has(String key) {
    return bundle().containsKey(key);
  }

  /** The text under {@code key}, with {@code {0}}, {@code {1}}… replaced by the arguments. */
  public static String text(String key, Object... arguments) {
    String pattern = bundle().getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(arguments);
  }

  private static ResourceBundle bundle() {
    // ResourceBundle caches the bundle; no fallback to the JVM's default locale.
    return ResourceBundle.getBundle(
        BUNDLE,
        LOCALE,
        ApiTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
