package org.linkworker.trellis.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
 * demo steps in manifest order. Loading is repeatable (whatever is already there is skipped by
 * identifier), so it runs at every start; any problem rolls the whole load back.
 */
@Stateless
public class DataSetLoader {

  private static final System.Logger LOG = System.getLogger(DataSetLoader.class.getName());

  @Inject FrameworkLoader frameworks;

  @Inject @Any Instance<DataSetStep> steps;

  /** Loads the manifest on the class path, or the standard data set when there is none. */
  public void load() {
    load(DataSetManifest.load(classLoader()));
  }

  /**
   * Loads the given data set.
   *
   * @throws DataFileException naming the file and item of the first problem, after which nothing of
   *     the data set is kept
   */
  public void load(DataSetManifest manifest) {
    ClassLoader loader = classLoader();
    for (FrameworkFiles files : manifest.frameworks()) {
      frameworks.loadFramework(
          DataSetManifest.open(loader, files.packageFile()),
          files.codeOfPracticeFile() == null
              ? null
              : DataSetManifest.open(loader, files.codeOfPracticeFile()),
          DataSetManifest.open(loader, files.profileFile()));
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
