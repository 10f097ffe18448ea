package org.linkworker.trellis.framework.boundary;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.platform.data.DataSetManifest;
import org.linkworker.trellis.testing.TestDatabase;

/** Runs the framework services outside a container, on a test database. */
public final class FrameworkTestAccess {

  private FrameworkTestAccess() {}

  public static FrameworkImportResult importFramework(
      TestDatabase database, DataFile pkg, DataFile cop, DataFile profile) {
    return importFramework(database, pkg, cop, profile, new Changes());
  }

  static FrameworkImportResult importFramework(
      TestDatabase database, DataFile pkg, DataFile cop, DataFile profile, Changes changes) {
    return database.inTransaction(
        em -> {
          FrameworkImportService service = new FrameworkImportService();
          service.em = em;
          service.changes = changes;
          return service.importFramework(pkg, cop, profile);
        });
  }

  /** The steward's import of a CASE package, on a test database, in one transaction. */
  public static FrameworkImportPreview importPackage(
      TestDatabase database, DataFile pkg, FrameworkImportRequest request, boolean store) {
    return database.inTransaction(
        em -> {
          FrameworkImportService service = new FrameworkImportService();
          service.em = em;
          service.changes = new Changes();
          return service.importPackage(pkg, request, store);
        });
  }

  /** Runs a call on a draft service of its own, in one transaction. */
  public static <T> T draft(TestDatabase database, Function<FrameworkDraftService, T> call) {
    return database.inTransaction(
        em -> {
          FrameworkDraftService service = new FrameworkDraftService();
          service.em = em;
          service.changes = new Changes();
          return call.apply(service);
        });
  }

  /**
   * Imports every framework the shipped data set's manifest lists, in its order (the link worker
   * framework, then the health and wellbeing coach framework), as the application does at start.
   */
  public static void importShippedFrameworks(TestDatabase database) {
    ClassLoader loader = FrameworkTestAccess.class.getClassLoader();
    for (DataSetManifest.FrameworkFiles files : DataSetManifest.load(loader).frameworks()) {
      importFramework(
          database,
          DataSetManifest.open(loader, files.packageFile()),
          files.codeOfPracticeFile() == null
              ? null
              : DataSetManifest.open(loader, files.codeOfPracticeFile()),
          DataSetManifest.open(loader, files.profileFile()));
    }
  }

  /** A read service on the given persistence context, for other components' tests. */
  public static FrameworkService service(EntityManager em) {
    FrameworkService service = new FrameworkService();
    service.em = em;
    service.current = currentFrameworks(em);
    return service;
  }

  /**
   * The current frameworks read on the given persistence context: a holder of its own, so every
   * test starts with nothing held.
   */
  public static CurrentFrameworks currentFrameworks(EntityManager em) {
    FrameworkSnapshots snapshots = new FrameworkSnapshots();
    snapshots.em = em;
    CurrentFrameworks current = new CurrentFrameworks();
    current.snapshots = snapshots;
    return current;
  }

  /**
   * A holder that lives across transactions, as the application's does: each build runs in a
   * transaction of its own on the test database.
   */
  public static CurrentFrameworks currentFrameworks(TestDatabase database) {
    CurrentFrameworks current = new CurrentFrameworks();
    current.snapshots =
        new FrameworkSnapshots() {
          @Override
          public Current build() {
            return database.inTransaction(
                em -> {
                  FrameworkSnapshots inTransaction = new FrameworkSnapshots();
                  inTransaction.em = em;
                  return inTransaction.build();
                });
          }
        };
    return current;
  }

  public static <T> T read(TestDatabase database, Function<FrameworkService, T> call) {
    return database.inTransaction(em -> call.apply(service(em)));
  }

  /** The events an import fired, kept for the test to look at (no observer is called). */
  static final class Changes implements Event<FrameworksChanged> {

    final List<FrameworksChanged> fired = new ArrayList<>();

    @Override
    public void fire(FrameworksChanged event) {
      fired.add(event);
    }

    @Override
    public <U extends FrameworksChanged> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends FrameworksChanged> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<FrameworksChanged> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends FrameworksChanged> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends FrameworksChanged> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
