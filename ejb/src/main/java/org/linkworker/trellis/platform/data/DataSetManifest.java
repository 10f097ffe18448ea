package org.linkworker.trellis.platform.data;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the application loads at start: the frameworks (each a CASE package, its code of practice
 * and its Trellis profile) and then the demo steps, in order. It lives at {@value #RESOURCE} on the
 * class path (the framework-data module); without it, the Link Worker Competency Framework v1 is
 * loaded on its own.
 *
 * <pre>{@code
 * {"format": "trellis-data-set/1",
 *  "frameworks": [{"package": "framework/lwcf-1.case.json",
 *                  "codeOfPractice": "framework/code-of-practice-1.case.json",
 *                  "profile": "framework/lwcf-1.trellis.json"}],
 *  "demo": [{"kind": "organisations", "file": "demo/organisations.json"}]}
 * }</pre>
 *
 * Paths are relative to {@value #BASE}.
 *
 * @param frameworks the framework triples, loaded first, in order
 * @param demo the demo steps, loaded after the frameworks, in order
 */
public record DataSetManifest(List<FrameworkFiles> frameworks, List<DemoStep> demo) {

  public static final String BASE = "org/linkworker/trellis/data/";
  public static final String RESOURCE = BASE + "manifest.json";
  public static final String FORMAT = "trellis-data-set/1";

  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

  public DataSetManifest {
    frameworks = List.copyOf(frameworks);
    demo = List.copyOf(demo);
  }

  /**
   * The files of one framework, as paths relative to {@value #BASE}.
   *
   * @param packageFile the framework's CASE package
   * @param codeOfPracticeFile the code of practice's CASE package, or null when there is none
   * @param profileFile the Trellis profile (code, currency rules, career stages)
   */
  public record FrameworkFiles(String packageFile, String codeOfPracticeFile, String profileFile) {}

  /**
   * One demo step: a file loaded by the {@link DataSetStep} of that kind.
   *
   * @param kind which step loads it, e.g. {@code organisations}
   * @param file its path relative to {@value #BASE}
   */
  public record DemoStep(String kind, String file) {}

  /** The data set when no manifest is on the class path: LWCF version 1 and no demo data. */
  public static DataSetManifest standard() {
    return new DataSetManifest(
        List.of(
            new FrameworkFiles(
                "framework/lwcf-1.case.json",
                "framework/code-of-practice-1.case.json",
                "framework/lwcf-1.trellis.json")),
        List.of());
  }

  /**
   * The manifest on the class path of {@code loader}, or {@link #standard()} when there is none.
   */
  public static DataSetManifest load(ClassLoader loader) {
    return DataFile.fromClassPath(loader, RESOURCE)
        .map(DataSetManifest::read)
        .orElseGet(DataSetManifest::standard);
  }

  /** Reads and checks a manifest file. */
  public static DataSetManifest read(DataFile file) {
    JsonFields top = JsonFields.of(file);
    String format = top.string("format");
    if (!FORMAT.equals(format)) {
      throw top.problem("format is \"" + format + "\"; this version of Trellis reads " + FORMAT);
    }
    List<FrameworkFiles> frameworks =
        top.objects("frameworks").stream()
            .map(
                entry ->
                    new FrameworkFiles(
                        path(entry, "package"),
                        entry.has("codeOfPractice") ? path(entry, "codeOfPractice") : null,
                        path(entry, "profile")))
            .toList();
    List<DemoStep> demo =
        top.objects("demo").stream()
            .map(entry -> new DemoStep(entry.string("kind"), path(entry, "file")))
            .toList();
    return new DataSetManifest(frameworks, demo);
  }

  private static String path(JsonFields entry, String key) {
    String path = entry.string(key);
    if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
      throw entry.problem(
          key
              + " \""
              + path
              + "\" must be a relative path of letters, digits, '.', '_', '-' and '/'");
    }
    return path;
  }

  /**
   * Opens a file the manifest names.
   *
   * @param path a path relative to {@value #BASE}
   * @throws DataFileException naming the manifest and the path when there is no such file
   */
  public static DataFile open(ClassLoader loader, String path) {
    Optional<DataFile> file = DataFile.fromClassPath(loader, BASE + path);
    return file.orElseThrow(
        () ->
            new DataFileException(
                "manifest.json", path, "no such file on the class path under " + BASE));
  }
}
