package org.linkworker.trellis.portfolio.control;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where evidence files are kept and how large one may be, read once from the server's settings.
 *
 * <p>The folder is the system property {@value #DIRECTORY_PROPERTY}, else the environment variable
 * {@value #DIRECTORY_VARIABLE}, else {@code evidence} in the Payara domain's folder (outside the
 * web root, and kept with the domain's other data), else {@code trellis-evidence} in the temporary
 * folder (for a run outside Payara). The limit is the system property {@value #MAX_BYTES_PROPERTY}
 * in bytes, else the environment variable {@value #MAX_MB_VARIABLE} in megabytes, else {@value
 * #DEFAULT_MAX_MB} MB.
 *
 * @param directory the folder the files are stored in
 * @param maxBytes the largest file accepted, in bytes
 */
public record EvidenceSettings(Path directory, long maxBytes) {

  public static final String DIRECTORY_PROPERTY = "trellis.evidence.dir";
  public static final String DIRECTORY_VARIABLE = "TRELLIS_EVIDENCE_DIR";
  public static final String MAX_BYTES_PROPERTY = "trellis.evidence.maxBytes";
  public static final String MAX_MB_VARIABLE = "TRELLIS_EVIDENCE_MAX_MB";

  /** The default limit, in megabytes (PRODUCT.md: evidence up to 10 MB each). */
  public static final int DEFAULT_MAX_MB = 10;

  private static final long MEGABYTE = 1024L * 1024L;

  /** The Payara instance's folder (the domain), a system property Payara sets. */
  private static final String INSTANCE_ROOT = "com.sun.aas.instanceRoot";

  public EvidenceSettings {
    Objects.requireNonNull(directory, "directory");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1, not " + maxBytes);
    }
  }

  /** The settings of this server: its system properties and environment. */
  public static EvidenceSettings current() {
    return from(System::getProperty, System::getenv);
  }

  /**
   * The settings found in these system properties and environment variables.
   *
   * @throws IllegalStateException naming the setting, when a limit is not a positive whole number
   */
  public static EvidenceSettings from(
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    return new EvidenceSettings(
        directory(properties, environment), maxBytes(properties, environment));
  }

  /** The limit in megabytes, as a message shows it: {@code 10}, or {@code 0.5}. */
  public String maxMegabytes() {
    return BigDecimal.valueOf(maxBytes)
        .divide(BigDecimal.valueOf(MEGABYTE))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static Path directory(
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String named =
        firstSet(properties.apply(DIRECTORY_PROPERTY), environment.apply(DIRECTORY_VARIABLE));
    if (named != null) {
      return Path.of(named);
    }
    String domain = properties.apply(INSTANCE_ROOT);
    if (domain != null && !domain.isBlank()) {
      return Path.of(domain.strip(), "evidence");
    }
    return Path.of(properties.apply("java.io.tmpdir"), "trellis-evidence");
  }

  private static long maxBytes(
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String bytes = properties.apply(MAX_BYTES_PROPERTY);
    if (bytes != null && !bytes.isBlank()) {
      return positive(MAX_BYTES_PROPERTY, bytes);
    }
    String megabytes = environment.apply(MAX_MB_VARIABLE);
    if (megabytes != null && !megabytes.isBlank()) {
      return Math.multiplyExact(positive(MAX_MB_VARIABLE, megabytes), MEGABYTE);
    }
    return DEFAULT_MAX_MB * MEGABYTE;
  }

  private static long positive(String name, String value) {
    try {
      long number = Long.parseLong(value.strip());
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below, with the setting's name
    }
    throw new IllegalStateException(
        name + " must be a positive whole number, not \"" + value + "\"");
  }

  private static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
