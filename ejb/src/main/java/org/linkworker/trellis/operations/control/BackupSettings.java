package org.linkworker.trellis.operations.control;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where backups are written: the system property {@value #DIRECTORY_PROPERTY}, else the environment
 * variable {@value #DIRECTORY_VARIABLE}, else {@code backups} beside the Derby system home (the run
 * command's {@code derby.system.home} is {@code TRELLIS_HOME/derby}, so backups land in {@code
 * TRELLIS_HOME/backups}), else {@code trellis-backups} in the temporary folder.
 *
 * @param directory the folder each backup gets a folder of its own in
 */
public record BackupSettings(Path directory) {

  public static final String DIRECTORY_PROPERTY = "trellis.backup.dir";
  public static final String DIRECTORY_VARIABLE = "TRELLIS_BACKUP_DIR";

  /** The settings of this server: its system properties and environment. */
  public static BackupSettings current() {
    return from(System::getProperty, System::getenv);
  }

  /** The settings found in these system properties and environment variables. */
  public static BackupSettings from(
      UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String named =
        firstSet(properties.apply(DIRECTORY_PROPERTY), environment.apply(DIRECTORY_VARIABLE));
    if (named != null) {
      return new BackupSettings(Path.of(named).toAbsolutePath().normalize());
    }
    String derbyHome = firstSet(properties.apply("derby.system.home"));
    if (derbyHome != null) {
      Path home = Path.of(derbyHome).toAbsolutePath().normalize();
      Path parent = home.getParent() == null ? home : home.getParent();
      return new BackupSettings(parent.resolve("backups"));
    }
    return new BackupSettings(Path.of(properties.apply("java.io.tmpdir"), "trellis-backups"));
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
