package org.linkworker.trellis.catalogue.boundary;

/** How the catalogue boundary tidies what a person typed. */
final class Texts {

  private Texts() {}

  /** The text trimmed, or null when nothing is left of it. */
  static String orNull(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
