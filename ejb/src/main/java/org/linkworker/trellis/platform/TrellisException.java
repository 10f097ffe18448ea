package org.linkworker.trellis.platform;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A business rule said no. The one exception family of Trellis: it rolls the transaction back and
 * reaches the caller as itself (not wrapped), so pages and the REST layer can show its message.
 *
 * <p>The message is looked up by key in {@code
 * org/linkworker/trellis/platform/messages.properties}; the key and arguments stay available for a
 * caller that renders it in another language.
 */
@ApplicationException(rollback = true)
public class TrellisException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "org.linkworker.trellis.platform.messages";

  private final String key;
  private final transient List<Object> arguments;

  public TrellisException(String key, Object... arguments) {
    this(key, null, arguments);
  }

  public TrellisException(String key, Throwable cause, Object... arguments) {
    super(render(key, arguments), cause);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  /** The message key, e.g. {@code framework.not_draft}. */
  public String key() {
    return key;
  }

  /** The values the message is formatted with, in placeholder order. */
  public List<Object> arguments() {
    return arguments;
  }

  private static String render(String key, Object... arguments) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              Locale.ROOT,
              TrellisException.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
    } catch (MissingResourceException e) {
      // A missing key must not hide the problem being reported: show the key and its values.
      return key + " " + List.of(arguments);
    }
  }
}
