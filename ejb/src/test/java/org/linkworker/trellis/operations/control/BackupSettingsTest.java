package org.linkworker.trellis.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackupSettingsTest {

  @Test
  void backupsGoBesideTheDerbyHomeSoTheRunCommandsLandInItsDataFolder() {
    BackupSettings settings =
        BackupSettings.from(
            Map.of("derby.system.home", "/srv/trellis/derby", "java.io.tmpdir", "/tmp")::get,
            Map.<String, String>of()::get);
    assertThat(settings.directory()).isEqualTo(Path.of("/srv/trellis/backups"));
  }

  @Test
  void thePropertyWinsOverTheVariableWhichWinsOverTheDerbyHome() {
    Map<String, String> properties =
        Map.of("derby.system.home", "/srv/trellis/derby", "trellis.backup.dir", "/mnt/a");
    Map<String, String> environment = Map.of("TRELLIS_BACKUP_DIR", "/mnt/b");
    assertThat(BackupSettings.from(properties::get, environment::get).directory())
        .isEqualTo(Path.of("/mnt/a"));
    assertThat(
            BackupSettings.from(
                    Map.of("derby.system.home", "/srv/trellis/derby")::get, environment::get)
                .directory())
        .isEqualTo(Path.of("/mnt/b"));
  }

  @Test
  void outsideAServerBackupsGoToTheTemporaryFolder() {
    assertThat(
            BackupSettings.from(
                    Map.of("java.io.tmpdir", "/tmp")::get, Map.<String, String>of()::get)
                .directory())
        .isEqualTo(Path.of("/tmp/trellis-backups"));
  }
}
