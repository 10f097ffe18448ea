package org.linkworker.trellis.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels and messages of {@code messages.properties} in this package, for Java code that speaks
 * to people: messages a backing bean adds, the problem documents of the API and of the sign-in
 * mechanism. Pages read the same bundle as {@code #{i18n[...]}}. Trellis speaks en-GB for now.
 */
public final class Texts {

  static final String BUNDLE = "org.linkworker.trellis.web.i18n.messages";

  private static final Locale LOCALE = Locale.UK;

  private Texts() {}

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
        Texts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
