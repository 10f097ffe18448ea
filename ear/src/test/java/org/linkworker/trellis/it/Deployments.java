package org.linkworker.trellis.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: always the EAR the build has just packaged, never a
 * hand-picked set of classes, so the tests exercise what users run.
 */
public final class Deployments {

  static final String WEB_MODULE = "trellis-web.war";

  private Deployments() {}

  /** The built EAR as it ships, for tests that drive it from outside (HTTP, browser). */
  public static EnterpriseArchive application() {
    File ear = new File(System.getProperty("trellis.ear", "target/trellis.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException(
          "Build the EAR first (mvn package): " + ear.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The jar (or folder) of the test class path that holds the given class. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The built EAR with the given test classes added to its web module, for tests that run inside
   * the server: the web module's class loader sees the EJB module, so the tests can inject its
   * beans.
   */
  public static EnterpriseArchive applicationWith(Class<?>... testClasses) {
    EnterpriseArchive ear = application();
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    web.addClasses(testClasses);
    web.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    return ear;
  }
}
