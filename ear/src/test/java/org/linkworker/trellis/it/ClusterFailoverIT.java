package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The run command's cluster (issue 14), started as an operator starts it: {@code ./run.sh
 * --cluster} in a data folder of its own ({@code ear/target/cluster}, portbase 26000: nginx on
 * 26080, instances i1 and i2 on 127.0.0.1:26280 and :26380, PostgreSQL of its own on 26032), with
 * the EAR and the Payara installation the build has just made ({@code TRELLIS_BUILD=false}).
 *
 * <ol>
 *   <li>The reminders' timer, set to every ten seconds ({@code TRELLIS_REMINDERS_AT=*:*:*}{@code
 *       /10}), fires on both instances, and the job starts once between them: one run recorded for
 *       the day.
 *   <li>An organisation-wide job started through one instance shows its progress, and its end, read
 *       through the other.
 *   <li>A user signed in through nginx opens a form; the instance holding their session is killed
 *       with SIGKILL; the form, submitted next, is taken by the other instance, which still knows
 *       the user and the form (its view state came with the replicated session); the change is
 *       made. A personal access token issued before the kill works after it.
 * </ol>
 *
 * <p>Run by the build in the Failsafe execution {@code cluster}, last; it stops the cluster with
 * SIGTERM, as Ctrl-C would, and kills what is left, pass or fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

  private static final Duration CLUSTER_UP = Duration.ofMinutes(12);
  private static final String PASSWORD = "cluster-failover-2026";

  private final long began = System.nanoTime();
  private final Path home = Path.of(System.getProperty("cluster.work")).toAbsolutePath();
  private final int portbase = Integer.getInteger("cluster.portbase", 26000);
  private final URL balancer = url("http://localhost:" + (portbase + 80) + "/");
  private final URL first = url("http://127.0.0.1:" + (portbase + 280) + "/");
  private final URL second = url("http://127.0.0.1:" + (portbase + 380) + "/");
  private Process cluster;

  @BeforeAll
  void startTheCluster() throws Exception {
    delete(home);
    Files.createDirectories(home);
    // The build has just made the EAR and unpacked Payara for its own servers: the cluster starts
    // them as they are (TRELLIS_BUILD=false), on that installation, in a domain of its own.
    Path payara = Path.of(System.getProperty("it.payara.root")).toAbsolutePath();
    Path glassfish = payara.resolve("payara6").resolve("glassfish");
    delete(glassfish.resolve("domains").resolve("trellis-cluster"));
    delete(glassfish.resolve("nodes").resolve("localhost-trellis-cluster"));
    Files.createSymbolicLink(
        home.resolve("payara-" + System.getProperty("payara.version")), payara);
    Path drivers = Files.createDirectories(home.resolve("jdbc-lib"));
    try (Stream<Path> jars = Files.list(Path.of(System.getProperty("cluster.jdbcDrivers")))) {
      for (Path jar : jars.toList()) {
        Files.copy(jar, drivers.resolve(jar.getFileName()));
      }
    }
    ProcessBuilder run =
        new ProcessBuilder("bash", System.getProperty("ops.runScript"), "--cluster")
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("run.log").toFile());
    run.environment().put("TRELLIS_HOME", home.toString());
    run.environment().put("TRELLIS_PORTBASE", Integer.toString(portbase));
    run.environment().put("TRELLIS_REMINDERS_AT", "*:*:*/10");
    run.environment().put("TRELLIS_BUILD", "false");
    run.environment().remove("TRELLIS_REMINDERS_NIGHTLY");
    Stream.of("TRELLIS_DB_URL", "TRELLIS_DB_USER", "TRELLIS_DB_PASSWORD", "TRELLIS_DB_DRIVER")
        .forEach(run.environment()::remove);
    cluster = run.start();
    long deadline = System.nanoTime() + CLUSTER_UP.toNanos();
    for (URL server : List.of(first, second, balancer)) {
      while (!ready(server)) {
        if (!cluster.isAlive()) {
          throw new IllegalStateException("./run.sh --cluster ended: " + log());
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "the cluster is not up after " + CLUSTER_UP + ": " + log());
        }
        Thread.sleep(1000);
      }
    }
    say("cluster up");
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    if (cluster == null) {
      return;
    }
    cluster.destroy();
    if (!cluster.waitFor(4, TimeUnit.MINUTES)) {
      cluster.destroyForcibly();
    }
    // Whatever the command could not stop.
    for (String instance : List.of("i1", "i2")) {
      pid(instance)
          .ifPresent(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }
    say("cluster stopped (exit " + cluster.exitValue() + ")");
  }

  @Test
  @Order(1)
  void theRemindersTimerFiresOnBothInstancesAndTheJobStartsOnce() throws Exception {
    String started = "Reminders started (execution";
    String left = "Today's reminders were started by another server";
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!(fired(log("i1"), started, left) && fired(log("i2"), started, left))) {
      assertThat(System.nanoTime())
          .as("both instances' timers fired within 3 minutes")
          .isLessThan(deadline);
      Thread.sleep(2000);
    }

    String both = log("i1") + log("i2");
    assertThat(count(both, started)).as("runs started between the two instances").isEqualTo(1);
    assertThat(count(both, left)).as("firings that found the day's run started").isPositive();
    try (Connection db = database();
        PreparedStatement runs =
            db.prepareStatement("select count(*) from scheduled_run where job = 'reminders'");
        ResultSet counted = runs.executeQuery()) {
      counted.next();
      assertThat(counted.getInt(1)).as("the day's recorded runs").isEqualTo(1);
    }
    say(
        "reminders: "
            + (count(both, started) + count(both, left))
            + " firings on two instances, one run started");
  }

  @Test
  @Order(2)
  void aJobStartedThroughOneInstanceShowsItsProgressThroughTheOther() throws Exception {
    Http throughFirst = new Http(first).as("steward");
    Http throughSecond = new Http(second).as("steward");

    HttpResponse<String> started =
        throughFirst.postJson("api/reports/gap-reports", "{\"organisation\":null}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String id = Http.json(started).asJsonObject().getString("id");

    JsonObject seen = null;
    for (int i = 0; i < 300; i++) {
      HttpResponse<String> read = throughSecond.getJson("api/reports/jobs/" + id);
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      seen = Http.json(read).asJsonObject();
      if (!seen.getString("status").startsWith("START")) {
        break;
      }
      Thread.sleep(500);
    }
    assertThat(seen.getString("status")).isEqualTo("COMPLETED");
    JsonObject progress = seen.getJsonObject("progress");
    assertThat(progress.getInt("done")).isEqualTo(progress.getInt("total")).isPositive();
    assertThat(Http.json(throughFirst.getJson("api/reports/jobs/" + id)).asJsonObject())
        .isEqualTo(seen);
    say("gap-report job " + id + " started through i1, followed to COMPLETED through i2");
  }

  @Test
  @Order(3)
  void killingTheInstanceThatHoldsASessionSignsNobodyOutAndLosesNoEdit() throws Exception {
    String username = "fo" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> added =
        new Http(balancer)
            .as("emma.employer")
            .postJson(
                "api/organisations/" + organisation() + "/people",
                ("{\"username\":\"%s\",\"displayName\":\"Fay Over\",\"password\":\"%s\","
                        + "\"roles\":[\"LINK_WORKER\"],\"stage\":\"TRAINEE\",\"supervisor\":null}")
                    .formatted(username, PASSWORD));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    HttpResponse<String> issued =
        new Http(balancer)
            .as(username, PASSWORD)
            .postJson("api/me/tokens", "{\"name\":\"failover\",\"days\":1}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String token = Http.json(issued).asJsonObject().getString("secret");

    WebSession session = WebSession.signedIn(balancer, username, PASSWORD);
    WebSession.Form form = session.form("account/password.xhtml", "password-form");
    String holder = route(session.sessionCookie());
    assertThat(holder).as("the instance named in the session cookie").isIn("i1", "i2");

    long pid = pid(holder).orElseThrow();
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    say("killed " + holder + " (pid " + pid + ") holding the session");

    long before = System.nanoTime();
    HttpResponse<String> changed =
        session.submit(
            form,
            Map.of(
                "current-password", PASSWORD,
                "new-password", "changed-after-failover-2026",
                "confirm-password", "changed-after-failover-2026"));
    double seconds = (System.nanoTime() - before) / 1e9;

    assertThat(changed.statusCode())
        .as("the form submitted after the kill: %s", changed.body())
        .isIn(302, 303);
    assertThat(changed.headers().firstValue("Location").orElse("")).doesNotContain("login.xhtml");
    String now = route(session.sessionCookie());
    assertThat(now).as("the session's instance after the kill").isNotEqualTo(holder);
    HttpResponse<String> page = session.get("account/password.xhtml");
    assertThat(page.statusCode()).as("still signed in").isEqualTo(200);
    assertThat(page.body()).doesNotContain("id=\"login-form\"");
    assertThat(
            new Http(balancer)
                .as(username, "changed-after-failover-2026")
                .getJson("api/me")
                .statusCode())
        .as("the password the form changed")
        .isEqualTo(200);
    assertThat(new Http(balancer).bearer(token).getJson("api/me").statusCode())
        .as("the token issued before the kill")
        .isEqualTo(200);
    say(
        String.format(
            "after the kill the form was taken by %s in %.2f s; still signed in; token works",
            now, seconds));
  }

  private static boolean fired(String log, String... lines) {
    return Stream.of(lines).anyMatch(log::contains);
  }

  private static int count(String text, String line) {
    int count = 0;
    for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
      count++;
    }
    return count;
  }

  /** An instance's server log so far. */
  private String log(String instance) throws IOException {
    return Files.readString(
        instanceFile(instance, "logs/server.log").orElseThrow(() -> new IOException("no log")));
  }

  /** A file of an instance's folder, once the run command has made it. */
  private java.util.Optional<Path> instanceFile(String instance, String file) {
    try (Stream<Path> installs = Files.list(home)) {
      return installs
          .filter(p -> p.getFileName().toString().startsWith("payara-"))
          .map(
              p ->
                  p.resolve(
                      "payara6/glassfish/nodes/localhost-trellis-cluster/" + instance + "/" + file))
          .filter(Files::isRegularFile)
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** The cluster's PostgreSQL database, as the run command made it. */
  private Connection database() throws IOException, SQLException {
    String password = Files.readString(home.resolve("postgres/password")).strip();
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + (portbase + 32) + "/trellis", "trellis", password);
  }

  private String organisation() {
    return Http.json(new Http(balancer).as("emma.employer").getJson("api/me"))
        .asJsonObject()
        .getString("organisation");
  }

  /** The instance a session cookie names ({@code <id>.i1}). */
  private static String route(String cookie) {
    assertThat(cookie).as("the session cookie").isNotNull().contains(".");
    return cookie.substring(cookie.lastIndexOf('.') + 1);
  }

  /** The process id of a running instance, from its pid file. */
  private java.util.Optional<Long> pid(String instance) {
    return instanceFile(instance, "config/pid")
        .map(
            file -> {
              try {
                return Long.parseLong(Files.readString(file).strip());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static boolean ready(URL server) {
    try {
      return HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server + "health/ready"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String log() {
    try {
      List<String> lines = Files.readAllLines(home.resolve("run.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  private static URL url(String address) {
    try {
      return URI.create(address).toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private void say(String what) {
    System.out.printf("[cluster] %5.1f s: %s%n", (System.nanoTime() - began) / 1e9, what);
  }
}
