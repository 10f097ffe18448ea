package org.linkworker.trellis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Payara domain of a test's own, for a test that kills its server and starts it again (which
 * Arquillian's managed container cannot do): made from the build's unpacked Payara by {@code
 * prepare-domain.sh}, as the run command's and the Arquillian domain are, with its own ports and
 * Derby folder, and driven with {@code asadmin}. Its server's process is found by the domain's own
 * {@code config/pid} file, checked against the process's command line before any signal is sent.
 * Closing it stops the server, and kills it if it does not stop, so that no process outlives the
 * test.
 */
final class StandaloneDomain implements AutoCloseable {

  private static final Duration ASADMIN_TIMEOUT = Duration.ofMinutes(5);

  private final Path payaraHome;
  private final String name;
  private final int portbase;
  private final Path work;
  private final Path domainDir;
  private final Path passwordFile;

  /**
   * @param work the test's folder for this domain's database, password file and asadmin output
   */
  StandaloneDomain(Path payaraHome, String name, int portbase, Path work) {
    this.payaraHome = payaraHome.toAbsolutePath();
    this.name = name;
    this.portbase = portbase;
    this.work = work.toAbsolutePath();
    this.domainDir = this.payaraHome.resolve("glassfish/domains").resolve(name);
    this.passwordFile = this.work.resolve("admin-password");
  }

  int httpPort() {
    return portbase + 80;
  }

  int adminPort() {
    return portbase + 48;
  }

  /** The Derby system home of the server: its database is {@code trellis} in there. */
  Path derbyHome() {
    return work.resolve("derby");
  }

  URL base() {
    try {
      return URI.create("http://localhost:" + httpPort() + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  Path serverLog() {
    return domainDir.resolve("logs/server.log");
  }

  /**
   * Clears what an earlier run left: kills its server if it still runs, deletes its domain and its
   * folder (the database among it). Fails if another process holds the domain's ports.
   */
  void clear() {
    process().ifPresent(this::kill);
    for (int port : new int[] {adminPort(), httpPort()}) {
      if (listening(port)) {
        throw new IllegalStateException(
            "port " + port + " is taken by another process: " + name + " cannot start");
      }
    }
    deleteRecursively(domainDir);
    deleteRecursively(work);
    createDirectories(work);
  }

  /**
   * Lets {@code prepare-domain.sh} create and harden the domain (after {@link #clear}), and adds
   * the given options (such as {@code -Dname=value}) to its server's JVM options.
   */
  void create(Path prepareScript, Path jdbcDrivers, List<String> jvmOptions) {
    run(
        List.of(
            "bash",
            prepareScript.toString(),
            payaraHome.toString(),
            name,
            Integer.toString(portbase),
            jdbcDrivers.toAbsolutePath().toString(),
            derbyHome().toString(),
            passwordFile.toString()),
        Map.of("TRELLIS_ADMIN_PASSWORD", "trellis-kill-admin"),
        "prepare-domain");
    Path config = domainDir.resolve("config/domain.xml");
    String xml = read(config);
    Matcher javaConfig = Pattern.compile("<java-config [^>]*>").matcher(xml);
    if (!javaConfig.find()) {
      throw new IllegalStateException("no <java-config> in " + config);
    }
    StringBuilder options = new StringBuilder();
    jvmOptions.forEach(
        option ->
            options.append("\n        <jvm-options>").append(option).append("</jvm-options>"));
    write(config, xml.substring(0, javaConfig.end()) + options + xml.substring(javaConfig.end()));
  }

  /**
   * Points the (stopped) server at another Derby system home: its database is {@code trellis} in
   * there, as a restored data folder's is.
   */
  void rehome(Path derbyHome) {
    Path config = domainDir.resolve("config/domain.xml");
    String xml = read(config);
    String option = "-Dderby.system.home=" + derbyHome();
    if (!xml.contains(option)) {
      throw new IllegalStateException("no " + option + " in " + config);
    }
    write(config, xml.replace(option, "-Dderby.system.home=" + derbyHome.toAbsolutePath()));
  }

  /** Starts the server (asadmin returns once it is up), its environment extended by {@code env}. */
  void start(Map<String, String> env) {
    asadmin(env, "start-domain", name);
  }

  void deploy(Path ear) {
    asadmin(Map.of(), "deploy", "--name", "trellis", ear.toAbsolutePath().toString());
  }

  /** Waits until {@code /health/ready} answers 200. */
  void awaitReady(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(base() + "health/ready"))
            .timeout(Duration.ofSeconds(30))
            .build();
    // The server's health is UP before the application has loaded (its web module answers 503
    // meanwhile): ready is when the API also answers, refusing a caller with no credentials.
    HttpRequest api =
        HttpRequest.newBuilder(URI.create(base() + "api/me"))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          response = client.send(api, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 401) {
            return;
          }
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException notYet) {
        last = notYet.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(Duration.ofMillis(500));
    }
    throw new AssertionError(name + " was not ready within " + timeout + ": " + last);
  }

  /** The server's process, by the domain's pid file, if it is alive and is this domain's. */
  Optional<ProcessHandle> process() {
    Path pidFile = domainDir.resolve("config/pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile).trim());
    } catch (IOException | NumberFormatException unreadable) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isThisDomains);
  }

  /** Whether the process is a server of this domain: its command line names the domain's folder. */
  private boolean isThisDomains(ProcessHandle process) {
    try {
      String commandLine =
          Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
              .replace('\0', ' ');
      return commandLine.contains(domainDir.toString())
          || commandLine.contains("-domainname " + name);
    } catch (IOException gone) {
      return false;
    }
  }

  /**
   * Kills the server's JVM with SIGKILL ({@code kill -KILL}, as {@code kill -9}), and waits until
   * it and every process it started are gone and its ports are closed.
   *
   * @return the process id killed
   */
  long kill() {
    return kill(
        process().orElseThrow(() -> new AssertionError(name + ": no server process to kill")));
  }

  private long kill(ProcessHandle server) {
    List<ProcessHandle> descendants = server.descendants().toList();
    signalKill(server);
    descendants.forEach(StandaloneDomain::signalKill);
    awaitGone(server);
    descendants.forEach(StandaloneDomain::awaitGone);
    awaitPortsClosed();
    return server.pid();
  }

  /** Whether anything listens on the domain's admin or HTTP port. */
  boolean anyPortOpen() {
    return listening(adminPort()) || listening(httpPort());
  }

  /** Stops the server if it runs; kills it if it does not stop. */
  @Override
  public void close() {
    Optional<ProcessHandle> server = process();
    if (server.isEmpty()) {
      return;
    }
    try {
      asadmin(Map.of(), "stop-domain", name);
    } catch (RuntimeException | AssertionError stopFailed) {
      // Killed below.
    }
    server.filter(ProcessHandle::isAlive).ifPresent(this::kill);
    if (server.get().isAlive()) {
      throw new IllegalStateException(name + ": server process " + server.get().pid() + " lives");
    }
  }

  private static void signalKill(ProcessHandle process) {
    if (!process.isAlive()) {
      return;
    }
    try {
      Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start();
      kill.waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void awaitGone(ProcessHandle process) {
    try {
      process.onExit().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("process " + process.pid() + " did not end", e);
    }
  }

  private void awaitPortsClosed() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (anyPortOpen()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + ": a port is still open after its server was killed");
      }
      pause(Duration.ofMillis(200));
    }
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 1000);
      return true;
    } catch (IOException closed) {
      return false;
    }
  }

  private void asadmin(Map<String, String> env, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(payaraHome.resolve("bin/asadmin").toString());
    command.addAll(
        List.of(
            "--user",
            "admin",
            "--passwordfile",
            passwordFile.toString(),
            "--port",
            Integer.toString(adminPort())));
    command.addAll(List.of(arguments));
    run(command, env, arguments[0]);
  }

  /** Runs a command to its end, its output in the work folder; fails unless it exits with 0. */
  private void run(List<String> command, Map<String, String> env, String what) {
    Path output = work.resolve("asadmin-" + what + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      if (!process.waitFor(ASADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(what + " did not end within " + ASADMIN_TIMEOUT + "; " + output);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            what + " failed (" + process.exitValue() + "): " + tail(output) + "; see " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String tail(Path file) {
    String text = read(file);
    return text.substring(Math.max(0, text.length() - 2000));
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createDirectories(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
