package org.linkworker.trellis.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The business messages of {@code org/linkworker/trellis/platform/messages.properties}, formatted
 * by key. {@link TrellisException} renders its own message here; services use it for the per-field
 * messages of an {@link InvalidInputException}.
 */
public final class Messages {

  private static final String BUNDLE = "org.linkworker.trellis.platform.messages";

  private Messages() {}

  /** The message of {@code key}, its placeholders filled in order. */
  public static String format(String key, Object... arguments) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              Locale.ROOT,
              Messages.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    } catch (MissingResourceException e) {
      // A missing key must not hide the problem being reported: show the key and its values.
      return key + " " + List.of(arguments);
    }
  }
}
