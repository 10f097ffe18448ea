package org.linkworker.trellis.platform;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value worked out the first time it is asked for, and then remembered: for something costly (a
 * password hash, a statement) that a caller may not need at all. Not thread-safe: for one caller's
 * use within one method or request.
 */
public final class Lazy<T> implements Supplier<T> {

  private final Supplier<? extends T> source;
  private T value;
  private boolean known;

  private Lazy(Supplier<? extends T> source) {
    this.source = Objects.requireNonNull(source);
  }

  /** The value {@code source} gives, asked for once at most. */
  public static <T> Lazy<T> of(Supplier<? extends T> source) {
    return new Lazy<>(source);
  }

  @Override
  public T get() {
    if (!known) {
      value = source.get();
      known = true;
    }
    return value;
  }
}
