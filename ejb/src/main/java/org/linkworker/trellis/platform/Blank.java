package org.linkworker.trellis.platform;

/** How boundaries tidy what a person typed into an optional field. */
public final class Blank {

  private Blank() {}

  /** The text trimmed, or null when nothing is left of it. */
  public static String orNull(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
