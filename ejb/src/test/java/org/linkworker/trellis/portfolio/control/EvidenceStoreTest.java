package org.linkworker.trellis.portfolio.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkworker.trellis.testing.EvidenceSamples;

class EvidenceStoreTest {

  @TempDir Path root;

  private Path folder() {
    return root.resolve("evidence");
  }

  private EvidenceStore store() {
    return new EvidenceStore(folder());
  }

  private Stream<Path> filesInFolder() throws IOException {
    return Files.exists(folder()) ? Files.list(folder()) : Stream.empty();
  }

  @Test
  void aKeptFileLandsUnderAGeneratedNameInTheFolderWithItsDigest() throws Exception {
    byte[] pdf = EvidenceSamples.pdf();
    EvidenceStore store = store();
    String name;
    try (EvidenceStore.Received received = store.receive(new ByteArrayInputStream(pdf), 1024)) {
      assertThat(received.tooLarge()).isFalse();
      assertThat(received.size()).isEqualTo(pdf.length);
      assertThat(received.sha256())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
      name = received.keep();
    }

    assertThat(name).matches("[0-9a-f-]{36}");
    assertThat(filesInFolder()).containsExactly(folder().toAbsolutePath().resolve(name));
    try (InputStream in = store.open(name)) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
  }

  @Test
  void aDeletionAskedForWhileHeldHappensOnlyWhenTheLastHoldEnds() throws Exception {
    EvidenceStore store = store();
    String name = kept(store, EvidenceSamples.pdf());
    Path file = folder().toAbsolutePath().resolve(name);

    EvidenceStore.DeletionHold first = EvidenceStore.holdDeletions();
    EvidenceStore.DeletionHold second = EvidenceStore.holdDeletions();
    try {
      assertThat(store.delete(name)).isTrue();
      assertThat(file).exists();
      first.close();
      first.close();
      assertThat(file).exists();
      second.close();
      assertThat(file).doesNotExist();
      assertThat(store.delete(name)).isFalse();
    } finally {
      // Holds are the whole server's: a failed assertion must not leave later tests' held.
      first.close();
      second.close();
    }
  }

  @Test
  void aCopyHoldsEveryStoredFileAndNoTemporaryOne() throws Exception {
    EvidenceStore store = store();
    byte[] pdf = EvidenceSamples.pdf();
    String one = kept(store, pdf);
    String two = kept(store, new byte[] {1, 2, 3});
    Files.writeString(folder().resolve(".upload-123.part"), "half an upload");
    Path target = root.resolve("backup/evidence");

    EvidenceStore.Copied copied = store.copyTo(target);

    assertThat(copied.files()).isEqualTo(2);
    assertThat(copied.bytes()).isEqualTo(pdf.length + 3L);
    try (Stream<Path> listed = Files.list(target)) {
      assertThat(listed.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(one, two);
    }
    assertThat(Files.readAllBytes(target.resolve(one))).isEqualTo(pdf);
    assertThat(new EvidenceStore(root.resolve("none")).copyTo(root.resolve("empty")).files())
        .isZero();
  }

  private static String kept(EvidenceStore store, byte[] content) throws IOException {
    try (EvidenceStore.Received received =
        store.receive(new ByteArrayInputStream(content), 1024 * 1024)) {
      return received.keep();
    }
  }

  @Test
  void contentOverTheLimitIsReadOnlyOneByteBeyondItAndLeavesNothing() throws IOException {
    CountingStream endless = new CountingStream();
    try (EvidenceStore.Received received = store().receive(endless, 100)) {
      assertThat(received.tooLarge()).isTrue();
      assertThatThrownBy(received::keep).isInstanceOf(IllegalStateException.class);
    }
    assertThat(endless.read).isEqualTo(101);
    assertThat(filesInFolder()).isEmpty();
  }

  @Test
  void contentNotKeptLeavesNoTemporaryFileBehind() throws IOException {
    try (EvidenceStore.Received received =
        store().receive(new ByteArrayInputStream(EvidenceSamples.html()), 1024)) {
      assertThat(received.file()).exists().hasParent(folder().toAbsolutePath());
    }
    assertThat(filesInFolder()).isEmpty();
  }

  @Test
  void aReadThatFailsHalfWayLeavesNothing() {
    InputStream failing =
        new InputStream() {
          private int left = 10;

          @Override
          public int read() throws IOException {
            if (left <= 0) {
              throw new IOException("connection reset");
            }
            left--;
            return 'x';
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            buffer[offset] = (byte) read();
            return 1;
          }
        };
    assertThatThrownBy(() -> store().receive(failing, 1024)).isInstanceOf(IOException.class);
    assertThat(folder()).isEmptyDirectory();
  }

  @Test
  void aDeletedFileIsGone() throws IOException {
    EvidenceStore store = store();
    String name;
    try (EvidenceStore.Received received =
        store.receive(new ByteArrayInputStream(EvidenceSamples.png()), 1024)) {
      name = received.keep();
    }
    assertThat(store.holds(name)).isTrue();

    assertThat(store.delete(name)).isTrue();
    assertThat(store.holds(name)).isFalse();
    assertThat(store.delete(name)).isFalse();
  }

  @Test
  void onlyGeneratedNamesAreLookedUpSoNoNameLeadsOutOfTheFolder() {
    EvidenceStore store = store();
    for (String name : new String[] {"../../etc/passwd", "/etc/passwd", "x.pdf", "", null}) {
      assertThatThrownBy(() -> store.open(name)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.delete(name)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Gives bytes for ever, counting how many were read. */
  private static final class CountingStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      read += length;
      return length;
    }
  }
}
