package org.linkworker.trellis.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.linkworker.trellis.platform.persistence.SchemaMigrator;

/**
 * A fresh database migrated by the real changelog (in-memory Derby: a copy of one migrated once per
 * JVM), and the real persistence unit on it (as a resource-local unit, outside a server): in-memory
 * Derby, or a schema of a PostgreSQL database.
 */
public final class TestDatabase implements AutoCloseable {

  private static final AtomicInteger NAMES = new AtomicInteger();

  // Held so the setting outlives garbage collection of an unreferenced logger.
  private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

  static {
    LIQUIBASE.setLevel(Level.WARNING);
  }

  private final String url;
  private final EntityManagerFactory factory;
  private final Runnable drop;

  private TestDatabase(String url, EntityManagerFactory factory, Runnable drop) {
    this.url = url;
    this.factory = factory;
    this.drop = drop;
  }

  /**
   * A fresh in-memory Derby database, as the changelog makes it: a copy of {@link Template}'s,
   * which ran the changelog once for the JVM (running it takes seconds a database, the copy
   * milliseconds).
   */
  public static TestDatabase create() {
    String url = "jdbc:derby:memory:trellis-test-" + NAMES.incrementAndGet();
    try {
      DriverManager.getConnection(url + ";createFrom=" + Template.BACKUP).close();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot copy the migrated template database", e);
    }
    return new TestDatabase(
        url,
        factory(url, "org.apache.derby.jdbc.EmbeddedDriver"),
        () -> DROPS.execute(() -> drop(url)));
  }

  /**
   * A fresh Derby database in a folder on disk, for measurements that must pay for the disk as the
   * server's database does; deleted on close.
   */
  public static TestDatabase onDisk(java.nio.file.Path folder) {
    java.nio.file.Path home = folder.resolve("trellis-" + System.nanoTime()).toAbsolutePath();
    String url = "jdbc:derby:" + home;
    migrate(url + ";create=true");
    return new TestDatabase(
        url,
        factory(url, "org.apache.derby.jdbc.EmbeddedDriver"),
        () -> {
          try {
            DriverManager.getConnection(url + ";shutdown=true").close();
          } catch (SQLException shutDown) {
            // Derby reports a database shut down as an exception (SQLState 08006).
          }
          try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(home)) {
            files
                .sorted(java.util.Comparator.reverseOrder())
                .forEach(file -> file.toFile().delete());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /**
   * A new Derby database in the given folder (which must not hold one yet), migrated, and kept when
   * closed (only shut down): for a data folder that a server will go on to open.
   */
  public static TestDatabase kept(java.nio.file.Path home) {
    java.nio.file.Path folder = home.toAbsolutePath();
    if (java.nio.file.Files.exists(folder)) {
      throw new IllegalStateException(folder + " exists already; delete it to start afresh");
    }
    String url = "jdbc:derby:" + folder;
    migrate(url + ";create=true");
    return new TestDatabase(
        url,
        factory(url, "org.apache.derby.jdbc.EmbeddedDriver"),
        () -> {
          try {
            DriverManager.getConnection(url + ";shutdown=true").close();
          } catch (SQLException shutDown) {
            // Derby reports a database shut down as an exception (SQLState 08006).
          }
        });
  }

  /**
   * An in-memory database migrated by the real changelog once, when first asked for, and backed up
   * to a temporary folder (deleted when the JVM ends) that every {@link #create()} restores.
   */
  private static final class Template {

    static final java.nio.file.Path BACKUP = backup();

    private static java.nio.file.Path backup() {
      String name = "trellis-template";
      String url = "jdbc:derby:memory:" + name;
      migrate(url + ";create=true");
      try {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("trellis-test-db-");
        try (Connection connection = DriverManager.getConnection(url);
            java.sql.CallableStatement backup =
                connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
          backup.setString(1, folder.toString());
          backup.execute();
        }
        drop(url);
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> delete(folder), "delete template database"));
        // The backup is a database folder named after the database.
        return folder.resolve(name);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static void delete(java.nio.file.Path folder) {
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      } catch (java.io.IOException e) {
        // the JVM is ending: what is left stays in the temporary folder
      }
    }
  }

  // Derby takes half a second to drop an in-memory database, every time; done on the side, that
  // half second no longer adds up across a module's hundred-odd tests.
  private static final ExecutorService DROPS =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(work, "drop test databases");
            thread.setDaemon(true);
            return thread;
          });

  private static void drop(String url) {
    try {
      DriverManager.getConnection(url + ";drop=true").close();
    } catch (SQLException dropped) {
      // Derby reports a successful drop as an exception (SQLState 08006).
    }
  }

  /**
   * A fresh schema in a PostgreSQL database, e.g. {@code jdbc:postgresql://127.0.0.1/trellis},
   * dropped on close.
   */
  public static TestDatabase postgres(String databaseUrl) {
    String schema = "trellis_test_" + System.nanoTime();
    execute(databaseUrl, "create schema " + schema);
    String url = databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    migrate(url);
    return new TestDatabase(
        url,
        factory(url, "org.postgresql.Driver"),
        () -> execute(databaseUrl, "drop schema " + schema + " cascade"));
  }

  /**
   * The current schema of a PostgreSQL database (usually {@code public}), which must hold no table
   * yet, migrated and kept when closed: for a database that a server will go on to open. The user
   * and password travel in the URL (encoded), so {@link #connection()} needs nothing else; {@code
   * parameters} are further connection parameters, e.g. {@code reWriteBatchedInserts=true}.
   */
  public static TestDatabase keptPostgres(
      String databaseUrl, String user, String password, String parameters) {
    StringBuilder url =
        new StringBuilder(databaseUrl).append(databaseUrl.contains("?") ? "&" : "?");
    url.append("user=")
        .append(java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8));
    url.append("&password=")
        .append(java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8));
    if (!parameters.isBlank()) {
      url.append('&').append(parameters);
    }
    String full = url.toString();
    try (Connection connection = DriverManager.getConnection(full);
        java.sql.Statement statement = connection.createStatement();
        java.sql.ResultSet tables =
            statement.executeQuery(
                "select current_database(), current_schema(), count(*)"
                    + " from information_schema.tables where table_schema = current_schema()")) {
      tables.next();
      if (tables.getLong(3) > 0) {
        throw new IllegalStateException(
            "the schema "
                + tables.getString(2)
                + " of the PostgreSQL database "
                + tables.getString(1)
                + " holds tables already; drop the database to start afresh");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    migrate(full);
    return new TestDatabase(full, factory(full, "org.postgresql.Driver"), () -> {});
  }

  private static void migrate(String url) {
    try (Connection connection = DriverManager.getConnection(url)) {
      new SchemaMigrator().migrate(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EntityManagerFactory factory(String url, String driver) {
    return Persistence.createEntityManagerFactory(
        "trellis",
        Map.of(
            "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource", "",
            "jakarta.persistence.jdbc.url", url,
            "jakarta.persistence.jdbc.driver", driver,
            "jakarta.persistence.validation.mode", "NONE",
            "eclipselink.weaving", "false",
            "eclipselink.logging.level", "SEVERE",
            "eclipselink.session-event-listener", StatementCounter.class.getName()));
  }

  public Connection connection() throws SQLException {
    return DriverManager.getConnection(url);
  }

  public EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Runs the work in a transaction of a fresh persistence context, rolling back on failure. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = entityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
    drop.run();
  }
}
