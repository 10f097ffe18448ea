package org.linkworker.trellis.framework.boundary;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.testing.TestDatabase;

/** Runs the framework services outside a container, on a test database. */
public final class FrameworkTestAccess {

  private FrameworkTestAccess() {}

  public static FrameworkImportResult importFramework(
      TestDatabase database, DataFile pkg, DataFile cop, DataFile profile) {
    return database.inTransaction(
        em -> {
          FrameworkImportService service = new FrameworkImportService();
          service.em = em;
          return service.importFramework(pkg, cop, profile);
        });
  }

  /** A read service on the given persistence context, for other components' tests. */
  public static FrameworkService service(EntityManager em) {
    FrameworkService service = new FrameworkService();
    service.em = em;
    return service;
  }

  public static <T> T read(TestDatabase database, Function<FrameworkService, T> call) {
    return database.inTransaction(
        em -> {
          FrameworkService service = new FrameworkService();
          service.em = em;
          return call.apply(service);
        });
  }
}
