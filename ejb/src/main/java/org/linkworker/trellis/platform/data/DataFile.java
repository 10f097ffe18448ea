package org.linkworker.trellis.platform.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The bytes of one data file and the name its problems are reported under. Reading the whole file
 * first keeps parsing and validation apart from I/O, and lets a test hand in a broken copy.
 *
 * @param name the file name shown in messages, e.g. {@code lwcf-1.case.json}
 * @param content the file's bytes (UTF-8 JSON for every file Trellis reads)
 */
public record DataFile(String name, byte[] content) {

  public DataFile {
    Objects.requireNonNull(name, "name");
    content = Objects.requireNonNull(content, "content").clone();
  }

  /** A copy: the record stays immutable. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  public InputStream open() {
    return new ByteArrayInputStream(content);
  }

  /** Reads a stream to its end; the stream is closed. */
  public static DataFile read(String name, InputStream in) {
    try (in) {
      return new DataFile(name, in.readAllBytes());
    } catch (IOException e) {
      throw new DataFileException(name, "cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** Reads the file a URL points at; its name is the URL's last path segment. */
  public static DataFile read(URL url) {
    String path = url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    try {
      return read(name, url.openStream());
    } catch (IOException e) {
      throw new DataFileException(name, "cannot be opened (" + e.getMessage() + ")", e);
    }
  }

  /** A resource of the class path, or empty when there is none by that path. */
  public static Optional<DataFile> fromClassPath(ClassLoader loader, String resource) {
    URL url = loader.getResource(resource);
    return Optional.ofNullable(url).map(DataFile::read);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataFile that
        && name.equals(that.name)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "DataFile[" + name + ", " + content.length + " bytes]";
  }
}
