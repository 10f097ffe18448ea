package org.linkworker.trellis.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.linkworker.trellis.platform.cluster.StartUpLock;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataFileException;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.platform.data.DataSetManifest.DemoStep;
import org.linkworker.trellis.platform.data.DataSetManifest.FrameworkFiles;
import org.linkworker.trellis.platform.data.DataSetStep;
import org.linkworker.trellis.platform.data.FrameworkLoader;
import org.linkworker.trellis.platform.data.JsonFields;

/**
 * Loads the data set the manifest names, all in one transaction: the frameworks first, then the
 * demo steps in manifest order, holding the {@link StartUpLock} so that servers starting together
 * on one database load it once. Loading is repeatable (whatever is already there is skipped by
 * identifier), so it runs at every start; any problem rolls the whole load back.
 *
 * <p>The demo steps create organisations and accounts with a published password, so a deployment
 * that holds real people's records starts with {@value #DEMO_VARIABLE}{@code =false}: the
 * frameworks are still loaded, the demo steps are not run.
 */
@Stateless
public class DataSetLoader {

  /** The environment variable that turns the demo steps off ({@code false}); on when unset. */
  public static final String DEMO_VARIABLE = "TRELLIS_DEMO";

  private static final System.Logger LOG = System.getLogger(DataSetLoader.class.getName());

  @Inject FrameworkLoader frameworks;

  @Inject @Any Instance<DataSetStep> steps;

  @Inject StartUpLock startUpLock;

  /**
   * Loads the manifest on the class path, or the standard data set when there is none, with the
   * demo steps unless {@value #DEMO_VARIABLE} says {@code false}.
   */
  public void load() {
    load(DataSetManifest.load(classLoader()), demoWanted(System.getenv(DEMO_VARIABLE)));
  }

  /**
   * Loads the given data set, demo steps included.
   *
   * @throws DataFileException naming the file and item of the first problem, after which nothing of
   *     the data set is kept
   */
  public void load(DataSetManifest manifest) {
    load(manifest, true);
  }

  /**
   * Loads the given data set's frameworks, and its demo steps when {@code withDemo}.
   *
   * @throws DataFileException naming the file and item of the first problem, after which nothing of
   *     the data set is kept
   */
  public void load(DataSetManifest manifest, boolean withDemo) {
    startUpLock.hold();
    ClassLoader loader = classLoader();
    for (FrameworkFiles files : manifest.frameworks()) {
      frameworks.loadFramework(
          DataSetManifest.open(loader, files.packageFile()),
          files.codeOfPracticeFile() == null
              ? null
              : DataSetManifest.open(loader, files.codeOfPracticeFile()),
          DataSetManifest.open(loader, files.profileFile()));
    }
    if (!withDemo) {
      if (!manifest.demo().isEmpty()) {
        LOG.log(
            Level.INFO,
            "Demo data set not loaded ({0}=false): no demo organisation or account is created",
            DEMO_VARIABLE);
      }
      return;
    }
    Map<String, DataSetStep> byKind = stepsByKind();
    for (DemoStep demo : manifest.demo()) {
      DataSetStep step = byKind.get(demo.kind());
      if (step == null) {
        throw new DataFileException(
            "manifest.json",
            demo.file(),
            "kind \"" + demo.kind() + "\" has no loader; known kinds are " + byKind.keySet());
      }
      long started = System.nanoTime();
      DataFile file = DataSetManifest.open(loader, demo.file());
      step.load(JsonFields.parse(file), file.name());
      LOG.log(
          Level.INFO,
          "Loaded {0} from {1} in {2} ms",
          demo.kind(),
          demo.file(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
  }

  /**
   * Reads {@value #DEMO_VARIABLE}: unset or blank means the demo is wanted (the run command is what
   * a newcomer starts with); otherwise it must say {@code true} or {@code false}.
   *
   * @throws IllegalStateException for any other value, so that a misspelt {@code false} stops the
   *     start rather than creating demo accounts with a published password
   */
  static boolean demoWanted(String value) {
    if (value == null || value.isBlank()) {
      return true;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalStateException(
              DEMO_VARIABLE + " must be true or false, not \"" + value.strip() + "\"");
    };
  }

  private Map<String, DataSetStep> stepsByKind() {
    Map<String, DataSetStep> byKind = new TreeMap<>();
    for (DataSetStep step : steps) {
      DataSetStep other = byKind.put(step.kind(), step);
      if (other != null) {
        throw new IllegalStateException(
            "Two data-set steps load kind " + step.kind() + ": " + other + " and " + step);
      }
    }
    return byKind;
  }

  // The data files live in the framework-data jar beside this module, in the application's lib.
  private static ClassLoader classLoader() {
    return DataSetLoader.class.getClassLoader();
  }
}
