package org.linkworker.trellis.portfolio.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The evidence folder: files go in under a generated name, never the name a browser sent, so no
 * upload can choose where it lands or overwrite another. A file is first received into a temporary
 * file in the same folder and only then moved to its name in one step, so a reader never sees half
 * a file and a refused or failed upload leaves nothing behind.
 *
 * <p>While a backup copies the folder, deletions are held ({@link #holdDeletions}): a file whose
 * row is removed after the database was backed up is deleted only once the copy is done, so that
 * every row in the backup finds its file in it. Held deletions are this server's (one JVM), as the
 * folder is.
 */
public final class EvidenceStore {

  private static final System.Logger LOG = System.getLogger(EvidenceStore.class.getName());

  /** Temporary files start with a dot, so they stand apart from stored files in a listing. */
  private static final String TEMPORARY_PREFIX = ".upload-";

  private static final Pattern STORED_NAME =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Path directory;

  public EvidenceStore(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
  }

  public Path directory() {
    return directory;
  }

  /**
   * Copies the content into a temporary file, reading at most {@code limit + 1} bytes: enough to
   * tell that it is too large without reading the rest.
   */
  public Received receive(InputStream content, long limit) throws IOException {
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, ".part");
    try {
      MessageDigest digest = sha256();
      long size;
      try (InputStream in = new DigestInputStream(content, digest);
          OutputStream out = Files.newOutputStream(temporary)) {
        size = copy(in, out, limit + 1);
      }
      boolean tooLarge = size > limit;
      return new Received(
          temporary, tooLarge ? -1 : size, HexFormat.of().formatHex(digest.digest()), tooLarge);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /** The bytes of a stored file. */
  public InputStream open(String storedName) throws IOException {
    return Files.newInputStream(locate(storedName));
  }

  /** Whether a file of that name is stored. */
  public boolean holds(String storedName) {
    return Files.isRegularFile(locate(storedName));
  }

  /**
   * Removes a stored file; reports whether there was one. While deletions are held the file stays
   * until the last hold ends.
   */
  public boolean delete(String storedName) throws IOException {
    Path file = locate(storedName);
    synchronized (HELD) {
      if (holds > 0) {
        HELD.add(file);
        return Files.exists(file);
      }
    }
    return Files.deleteIfExists(file);
  }

  /** Deletions asked for while a hold lasted, done when the last hold ends. */
  private static final Set<Path> HELD = new LinkedHashSet<>();

  private static int holds;

  /**
   * Holds every deletion of stored files (in any folder of this server) until the hold is closed,
   * when those asked for meanwhile are done.
   */
  public static DeletionHold holdDeletions() {
    synchronized (HELD) {
      holds++;
    }
    return new DeletionHold();
  }

  /** A hold on deletions; closing it (once) lets them happen again. */
  public static final class DeletionHold implements AutoCloseable {

    private boolean closed;

    private DeletionHold() {}

    /**
     * Ends the hold; with the last one, the deletions asked for meanwhile are done. A file that
     * cannot be deleted is left and logged, as a live deletion's is: the backup the hold served is
     * whole either way, and a leftover file no row names is never read.
     */
    @Override
    public void close() {
      List<Path> due = new ArrayList<>();
      synchronized (HELD) {
        if (closed) {
          return;
        }
        closed = true;
        holds--;
        if (holds == 0) {
          due.addAll(HELD);
          HELD.clear();
        }
      }
      for (Path file : due) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.log(
              System.Logger.Level.WARNING,
              "Could not delete held evidence file {0}",
              file.getFileName());
        }
      }
    }
  }

  /**
   * Copies every stored file (never a temporary one) into {@code target}, which is created, under
   * the same names.
   *
   * @return how many files and bytes were copied
   */
  public Copied copyTo(Path target) throws IOException {
    Files.createDirectories(target);
    if (!Files.isDirectory(directory)) {
      return new Copied(0, 0);
    }
    long files = 0;
    long bytes = 0;
    try (Stream<Path> listed = Files.list(directory)) {
      for (Path file : (Iterable<Path>) listed::iterator) {
        String name = file.getFileName().toString();
        if (!STORED_NAME.matcher(name).matches() || !Files.isRegularFile(file)) {
          continue;
        }
        try {
          Files.copy(file, target.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
          continue;
        }
        files++;
        bytes += Files.size(target.resolve(name));
      }
    }
    return new Copied(files, bytes);
  }

  /** What {@link #copyTo} copied. */
  public record Copied(long files, long bytes) {}

  /**
   * Where a stored file is. Only generated names are accepted, so that even a name read back from
   * the database cannot point outside the folder.
   */
  public Path locate(String storedName) {
    if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
      throw new IllegalArgumentException("Not a stored evidence file's name: " + storedName);
    }
    return directory.resolve(storedName);
  }

  private static long copy(InputStream in, OutputStream out, long most) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    while (total < most) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, most - total));
      if (read < 0) {
        break;
      }
      out.write(buffer, 0, read);
      total += read;
    }
    return total;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * Content received into a temporary file, not yet kept. Closing it deletes the temporary file
   * unless {@link #keep()} moved it to its stored name.
   */
  public final class Received implements AutoCloseable {

    private final Path temporary;
    private final long size;
    private final String sha256;
    private final boolean tooLarge;
    private String storedName;

    private Received(Path temporary, long size, String sha256, boolean tooLarge) {
      this.temporary = temporary;
      this.size = size;
      this.sha256 = sha256;
      this.tooLarge = tooLarge;
    }

    /** The received bytes, to look into before keeping them. */
    public Path file() {
      return temporary;
    }

    /** How many bytes there were; -1 when there were more than the limit. */
    public long size() {
      return size;
    }

    /** Whether there were more bytes than the limit (only the limit and one more were read). */
    public boolean tooLarge() {
      return tooLarge;
    }

    /** The SHA-256 digest of the bytes, lower-case hexadecimal (meaningless when too large). */
    public String sha256() {
      return sha256;
    }

    /** Moves the file to a new generated name in one step, and returns that name. */
    public String keep() throws IOException {
      if (tooLarge) {
        throw new IllegalStateException("Content over the limit is never kept");
      }
      if (storedName != null) {
        return storedName;
      }
      String name = UUID.randomUUID().toString();
      Files.move(temporary, locate(name), StandardCopyOption.ATOMIC_MOVE);
      storedName = name;
      return name;
    }

    @Override
    public void close() throws IOException {
      if (storedName == null) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
