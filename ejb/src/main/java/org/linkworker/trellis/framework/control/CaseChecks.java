package org.linkworker.trellis.framework.control;

import java.util.regex.Pattern;
import org.linkworker.trellis.platform.data.DataFileException;

/** The checks the framework readers apply to one file, each failing with file and item named. */
final class CaseChecks {

  // RFC 9562: versions 1 to 8, variant 10xx. The all-zero identifiers some test data uses are not.
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  private final String fileName;

  CaseChecks(String fileName) {
    this.fileName = fileName;
  }

  String fileName() {
    return fileName;
  }

  /** Trellis keeps CASE identifiers as keys, so its own data must use real UUIDs. */
  void uuid(String label, String field, String value) {
    if (!UUID.matcher(value).matches()) {
      throw fail(
          label,
          field
              + " \""
              + value
              + "\" is not a UUID (36 characters, 8-4-4-4-12 hexadecimal digits, version 1 to 8)");
    }
  }

  /** A value must fit its column; null passes (optional fields). */
  String fits(String label, String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw fail(
          label, field + " is " + value.length() + " characters long; at most " + max + " fit");
    }
    return value;
  }

  DataFileException fail(String label, String problem) {
    return new DataFileException(fileName, label, problem);
  }
}
