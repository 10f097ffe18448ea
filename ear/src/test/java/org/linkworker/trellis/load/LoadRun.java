package org.linkworker.trellis.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@link JourneysSimulation} with Gatling in this JVM and reads its figures back from the
 * report Gatling writes: per request the count, the failures, the throughput and the 50th, 95th and
 * 99th percentiles of the response time (the percentiles {@code gatling.conf} asks for).
 *
 * <p>{@code bench/load.sh} runs {@link #main} (Maven profile {@code load} of the EAR module);
 * {@link org.linkworker.trellis.it.JourneysUnderLoadIT} calls {@link #run} against the integration
 * tests' server.
 */
public final class LoadRun {

  /** One request's figures (all requests together are the row named "all"). */
  public record Figures(
      String name,
      long requests,
      long failed,
      double perSecond,
      long p50,
      long p95,
      long p99,
      long max) {}

  /** A run's outcome: Gatling's exit code, the figures, the report's folder. */
  public record Result(int exitCode, Figures all, List<Figures> requests, Path report) {

    public boolean passed() {
      return exitCode == 0 && all.failed() == 0 && all.requests() > 0;
    }

    /** The figures as a table, one line a request, then all together. */
    public String table() {
      StringBuilder text = new StringBuilder();
      String format = "%-36s %8s %6s %7s %7s %7s %7s %7s%n";
      text.append(
          String.format(
              format, "request", "count", "errors", "per s", "p50 ms", "p95 ms", "p99 ms",
              "max ms"));
      for (Figures f : requests) {
        text.append(row(format, f));
      }
      text.append(row(format, all));
      return text.toString();
    }

    private static String row(String format, Figures f) {
      return String.format(
          format,
          f.name(),
          f.requests(),
          f.failed(),
          String.format("%.2f", f.perSecond()),
          f.p50(),
          f.p95(),
          f.p99(),
          f.max());
    }
  }

  private LoadRun() {}

  /**
   * Runs the simulation with the given settings (set as the {@code load.*} system properties it
   * reads) and writes its report under {@code results}.
   */
  public static Result run(LoadSettings settings, Path results) {
    System.setProperty("load.url", settings.baseUrl());
    System.setProperty("load.users", Integer.toString(settings.users()));
    System.setProperty("load.duration", Integer.toString(settings.duration()));
    System.setProperty("load.ramp", Integer.toString(settings.ramp()));
    System.setProperty("load.accounts", settings.accounts().toString());
    System.setProperty("load.think.min", Integer.toString(settings.thinkMinMillis()));
    System.setProperty("load.think.max", Integer.toString(settings.thinkMaxMillis()));
    try {
      Files.createDirectories(results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    noReleaseCheck(results);
    System.out.printf(
        "[load] Gatling starts: %d users on %s, a %d s ramp then %d s%n",
        settings.users(), settings.baseUrl(), settings.ramp(), settings.duration());
    int exitCode =
        io.gatling.app.Gatling$.MODULE$.fromArgs(
            new String[] {
              "--simulation",
              JourneysSimulation.class.getName(),
              "--results-folder",
              results.toAbsolutePath().toString(),
              "--run-description",
              settings.users() + " users, " + settings.duration() + " s"
            });
    Path report = newest(results);
    return read(exitCode, report);
  }

  /**
   * Gatling asks Maven Central for its latest release at every start unless it did so recently
   * (remembered in Java's preferences): this run reaches only this machine, so the preferences
   * (kept in the results folder unless {@code java.util.prefs.userRoot} says where) say it checked
   * just now.
   */
  private static void noReleaseCheck(Path results) {
    if (System.getProperty("java.util.prefs.userRoot") == null) {
      System.setProperty(
          "java.util.prefs.userRoot", results.resolve("prefs").toAbsolutePath().toString());
    }
    Preferences check = Preferences.userRoot().node("/io/gatling/latestVersion");
    check.putLong("lastCheckTimestamp", System.currentTimeMillis());
    check.putBoolean("lastCheckSuccess", false);
    try {
      check.flush();
    } catch (BackingStoreException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the figures of a report Gatling wrote: the statistics table of its {@code index.html}, a
   * row a request (the first row, "All Requests", is all of them).
   */
  public static Result read(int exitCode, Path report) {
    String html;
    try {
      html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Figures> requests = new ArrayList<>();
    Figures all = null;
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      Matcher name = NAME.matcher(row.group(2));
      if (!name.find()) {
        continue;
      }
      Map<Integer, String> cells = new HashMap<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
      }
      Figures figures =
          new Figures(
              unescape(name.group(1)),
              number(cells, 2),
              number(cells, 4),
              Double.parseDouble(cells.getOrDefault(6, "0").replace(",", "").replace("-", "0")),
              number(cells, 8),
              number(cells, 9),
              number(cells, 10),
              number(cells, 12));
      if ("ROOT".equals(row.group(1))) {
        all = figures;
      } else {
        requests.add(figures);
      }
    }
    if (all == null) {
      throw new IllegalStateException("no statistics in " + report.resolve("index.html"));
    }
    requests.sort(Comparator.comparing(Figures::name));
    return new Result(exitCode, all, requests, report);
  }

  private static final Pattern ROW =
      Pattern.compile("<tr id=\"(ROOT|req_[^\"]*)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
  private static final Pattern CELL =
      Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

  private static long number(Map<Integer, String> cells, int column) {
    String text = cells.getOrDefault(column, "0").replace(",", "");
    return text.isEmpty() || "-".equals(text) ? 0 : Long.parseLong(text);
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static Path newest(Path results) {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(Files::isDirectory)
          .max(Comparator.comparingLong(LoadRun::modified))
          .orElseThrow(() -> new IllegalStateException("Gatling wrote no report in " + results));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code bench/load.sh}: runs with the {@code load.*} system properties, the report under {@code
   * load.results} (default {@code target/gatling}), prints the figures and ends with 1 when a
   * request failed (or Gatling's assertions did), 0 otherwise.
   */
  public static void main(String[] args) {
    LoadSettings settings = LoadSettings.fromSystemProperties();
    Path results = Path.of(System.getProperty("load.results", "target/gatling"));
    Result result = run(settings, results);
    PrintStream out = System.out;
    out.println();
    out.println("[load] figures per request (response times in ms; redirects followed count as");
    out.println("[load] requests of their own, named \"... Redirect 1\"):");
    result.table().lines().forEach(line -> out.println("[load] " + line));
    out.printf(
        "[load] %,d requests, %,d failed, %.1f requests/s; report %s%n",
        result.all().requests(),
        result.all().failed(),
        result.all().perSecond(),
        result.report().resolve("index.html"));
    System.exit(result.passed() ? 0 : 1);
  }
}
