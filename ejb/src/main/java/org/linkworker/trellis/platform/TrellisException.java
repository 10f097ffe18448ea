package org.linkworker.trellis.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

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
    return Messages.format(key, arguments);
  }
}
