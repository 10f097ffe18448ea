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

  /**
   * Whether the server under test runs on PostgreSQL (the failsafe execution "postgres" says so
   * with {@code -Dit.database=postgres}), for the few outcomes that differ by database.
   */
  public static final boolean ON_POSTGRES = "postgres".equals(System.getProperty("it.database"));

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

  /**
   * Arquillian reaches in-container tests through its own servlet, which must not ask for a
   * sign-in: open its path with the application's context parameter for extra public paths.
   */
  private static void openTestRunner(WebArchive web) {
    String webXml;
    try (java.io.InputStream in = web.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String param =
        "<context-param><param-name>org.linkworker.trellis.EXTRA_PUBLIC_PATHS</param-name>"
            + "<param-value>/ArquillianServletRunnerEE9,/ArquillianServletRunner</param-value></context-param>";
    int endOfRoot = webXml.indexOf('>', webXml.indexOf("<web-app")) + 1;
    web.delete("WEB-INF/web.xml");
    web.addAsWebInfResource(
        new org.jboss.shrinkwrap.api.asset.StringAsset(
            webXml.substring(0, endOfRoot) + param + webXml.substring(endOfRoot)),
        "web.xml");
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
   * The built EAR with every in-container test class of the Arquillian run added, the archive each
   * of them deploys: being the same, it is deployed once for all of them ({@link
   * SharedDeployments}), not once each. A new in-container test class joins this list.
   */
  public static EnterpriseArchive inContainer() {
    return applicationWith(ErasureIT.class, FrameworkLoaderIT.class, PortfolioExportIT.class);
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
    openTestRunner(web);
    web.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    return ear;
  }
}
