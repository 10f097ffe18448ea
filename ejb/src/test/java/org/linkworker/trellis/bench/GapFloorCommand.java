package org.linkworker.trellis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code bench/gap-reports.sh}'s floor, with no server running: every active link worker's gap
 * against their next stage (PRODUCT.md's Gap and Attained level) computed by one SQL aggregate on
 * the data folder's Derby database through plain JDBC, timed over several runs (the first one
 * cold). It is what the organisation-wide batch is measured against: the same answer with nothing
 * around the database. With {@code trellis.bench.database=postgres} the statement runs on the
 * PostgreSQL database that {@code TRELLIS_DB_URL}, {@code TRELLIS_DB_USER} and {@code
 * TRELLIS_DB_PASSWORD} name in the environment (the run command's settings), its rows fetched in
 * pages rather than all at once.
 *
 * <p>The statement groups each worker's current verified claims and standing assessments by
 * competency (the attained level: the highest level with an assessment at or above it, or with at
 * least the framework's threshold of claims at or above it), and joins them to what the worker's
 * next stage requires. It covers the workers of the default framework, the current one, which are
 * all the national dataset's: a folder a server has started on also holds the demo data set's
 * health and wellbeing coaches, of another framework, whose gaps the floor leaves to the batch.
 *
 * <p>Into {@code trellis.bench.out} it writes what the rest of the benchmark needs: {@code
 * floor-gaps.tsv} (username, stage, {@code CODE:required:attained} sorted by code, to compare with
 * the snapshot the batch writes), {@code sample.txt} ({@code trellis.bench.sample} workers, default
 * 1,000, drawn with {@code trellis.bench.seed}) and {@code extremes.txt} (the worker with the
 * fewest entries, then fewest current claims, and the one with the most). Not part of the normal
 * test run (tag "benchmark").
 */
@Tag("benchmark")
class GapFloorCommand {

  private static final String PREFIX = "trellis.bench.";

  @Test
  void computesEveryWorkersGapInOneStatement() throws SQLException, IOException {
    Path home = Path.of(required("home")).toAbsolutePath();
    Path out = Path.of(required("out")).toAbsolutePath();
    Files.createDirectories(out);
    int runs = Integer.getInteger(PREFIX + "runs", 3);
    int sampleSize = Integer.getInteger(PREFIX + "sample", 1000);
    long seed = Long.getLong(PREFIX + "seed", 20261129L);
    String daySetting = System.getProperty(PREFIX + "day", "");
    LocalDate day =
        daySetting.isBlank() ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(daySetting);
    boolean postgres =
        switch (System.getProperty(PREFIX + "database", "derby")) {
          case "derby" -> false;
          case "postgres" -> true;
          default -> throw new IllegalStateException("-D" + PREFIX + "database: derby or postgres");
        };
    String url =
        postgres
            ? environment("TRELLIS_DB_URL")
            : "jdbc:derby:" + home.resolve("derby").resolve("trellis");

    try (Connection connection =
        postgres
            ? DriverManager.getConnection(
                url, environment("TRELLIS_DB_USER"), environment("TRELLIS_DB_PASSWORD"))
            : DriverManager.getConnection(url)) {
      connection.setReadOnly(true);
      if (postgres) {
        // PostgreSQL's driver reads a whole result into memory unless it may use a cursor, which
        // needs a transaction.
        connection.setAutoCommit(false);
      }
      Framework framework = Framework.current(connection);
      String sql = floor(framework);
      Map<String, String> gaps = Map.of();
      List<Double> seconds = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        long started = System.nanoTime();
        gaps = gaps(connection, sql, framework, day);
        double took = (System.nanoTime() - started) / 1e9;
        seconds.add(took);
        System.out.printf(
            "[floor] run %d: one SQL aggregate, %,d workers' gaps in %.2f s%s%n",
            run, gaps.size(), took, run == 1 ? " (cold)" : "");
      }
      double best = seconds.stream().skip(runs > 1 ? 1 : 0).min(Double::compare).orElseThrow();
      System.out.printf(
          "[floor] best %.2f s for %,d workers (%,.0f workers/s); day %s; load average %.1f%n",
          best,
          gaps.size(),
          gaps.size() / best,
          day,
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      Files.writeString(out.resolve("floor-seconds.txt"), String.format("%.3f%n", best));
      List<String> lines = new ArrayList<>();
      gaps.forEach((username, row) -> lines.add(username + "\t" + row));
      Files.write(out.resolve("floor-gaps.tsv"), lines, StandardCharsets.UTF_8);

      List<String> workers = new ArrayList<>(gaps.keySet());
      Collections.shuffle(workers, new Random(seed));
      List<String> sample = workers.subList(0, Math.min(sampleSize, workers.size()));
      Files.write(out.resolve("sample.txt"), sample, StandardCharsets.UTF_8);

      List<Evidence> evidence = evidence(connection, framework, day, gaps.keySet());
      Comparator<Evidence> fewest =
          Comparator.comparingInt(Evidence::entries)
              .thenComparingInt(Evidence::claims)
              .thenComparing(Evidence::username);
      Evidence few = evidence.stream().min(fewest).orElseThrow();
      Evidence many = evidence.stream().max(fewest).orElseThrow();
      Files.write(
          out.resolve("extremes.txt"), List.of(few.line(), many.line()), StandardCharsets.UTF_8);
    } finally {
      if (!postgres) {
        shutDown(url);
      }
    }
  }

  /** The framework the statement reads: the current one, with its rule's settings. */
  record Framework(String id, int currencyYears, int threshold, int topLevel) {

    static Framework current(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "select f.id, f.currency_years, f.evidence_threshold,"
                      + " (select max(l.level_number) from framework_level l"
                      + " where l.framework_id = f.id)"
                      + " from framework f where f.is_current = true and f.is_default = true")) {
        if (!rs.next()) {
          throw new IllegalStateException("no current framework");
        }
        return new Framework(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
      }
    }
  }

  /**
   * The statement: per worker and competency their next stage requires, the level required and the
   * level attained: the next stage is the one after the worker's by position, the last for the
   * last, the first for a worker with no stage. Parameters: the framework (three times), then from,
   * on and known-before for the claims, from, on, known-before twice for the assessments, and the
   * framework again (whose workers).
   */
  static String floor(Framework framework) {
    // The attained level by claims: the highest level with at least the threshold of claims at or
    // above it.
    StringBuilder byClaims = new StringBuilder("case");
    for (int level = framework.topLevel(); level >= 1; level--) {
      byClaims.append(
          " when sum(case when cl.level_number >= %d then 1 else 0 end) >= %d then %d"
              .formatted(level, framework.threshold(), level));
    }
    byClaims.append(" else 0 end");
    return """
        select p.username, t.code, c.code, r.required_level, coalesce(h.lvl, 0)
        from person p
        join person_role pr on pr.person_id = p.id and pr.role_name = 'LINK_WORKER'
        left join (
          select s.code, coalesce(min(n.position), s.position)
          from career_stage s left join career_stage n
            on n.framework_id = s.framework_id and n.position > s.position
          where s.framework_id = ?
          group by s.code, s.position
        ) following (code, position) on following.code = p.stage_code
        join career_stage t on t.framework_id = ? and t.position = coalesce(following.position,
          (select min(f.position) from career_stage f where f.framework_id = ?))
        join stage_requirement r on r.stage_id = t.id
        join competency c on c.id = r.competency_id
        left join (
          select owner_id, competency_id, max(lvl) from (
            select e.owner_id, cl.competency_id, %s
            from cpd_entry e join cpd_claim cl on cl.entry_id = e.id
            where e.status = 'VERIFIED' and e.entry_date between ? and ? and e.decided_utc < ?
            group by e.owner_id, cl.competency_id
            union all
            select a.owner_id, a.competency_id, max(a.level_number)
            from assessment a
            where a.assessment_date between ? and ? and a.recorded_utc < ?
              and (a.withdrawn_utc is null or a.withdrawn_utc >= ?)
            group by a.owner_id, a.competency_id
          ) evidence (owner_id, competency_id, lvl)
          group by owner_id, competency_id
        ) h (owner_id, competency_id, lvl)
          on h.owner_id = p.id and h.competency_id = r.competency_id
        where p.is_active = true and (p.stage_code is null
          or exists (select 1 from career_stage w where w.framework_id = ? and w.code = p.stage_code))
        """
        .formatted(byClaims);
  }

  /** Username to "stage TAB CODE:required:attained;..." (codes sorted), read by the statement. */
  private static Map<String, String> gaps(
      Connection connection, String sql, Framework framework, LocalDate day) throws SQLException {
    Date from = Date.valueOf(day.minusYears(framework.currencyYears()));
    Date on = Date.valueOf(day);
    Timestamp knownBefore = Timestamp.valueOf(day.plusDays(1).atStartOfDay());
    Map<String, String> stages = new TreeMap<>();
    Map<String, TreeMap<String, String>> requirements = new TreeMap<>();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setFetchSize(10_000);
      int i = 1;
      for (int k = 0; k < 3; k++) {
        statement.setString(i++, framework.id());
      }
      statement.setDate(i++, from);
      statement.setDate(i++, on);
      statement.setTimestamp(i++, knownBefore);
      statement.setDate(i++, from);
      statement.setDate(i++, on);
      statement.setTimestamp(i++, knownBefore);
      statement.setTimestamp(i++, knownBefore);
      statement.setString(i, framework.id());
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          String username = rs.getString(1);
          stages.put(username, rs.getString(2));
          requirements
              .computeIfAbsent(username, k -> new TreeMap<>())
              .put(rs.getString(3), rs.getInt(4) + ":" + rs.getInt(5));
        }
      }
    }
    Map<String, String> gaps = new TreeMap<>();
    requirements.forEach(
        (username, byCode) -> {
          List<String> parts = new ArrayList<>();
          byCode.forEach((code, levels) -> parts.add(code + ":" + levels));
          gaps.put(username, stages.get(username) + "\t" + String.join(";", parts));
        });
    return gaps;
  }

  /** How much evidence a worker has: entries of any status, and current verified claims. */
  record Evidence(String username, int entries, int claims) {
    String line() {
      return username + " " + entries + " " + claims;
    }
  }

  private static List<Evidence> evidence(
      Connection connection, Framework framework, LocalDate day, Collection<String> workers)
      throws SQLException {
    Map<String, Integer> entries = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select p.username, count(*) from cpd_entry e join person p on p.id = e.owner_id"
                    + " group by p.username")) {
      while (rs.next()) {
        entries.put(rs.getString(1), rs.getInt(2));
      }
    }
    Map<String, Integer> claims = new HashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select p.username, count(*) from cpd_entry e join cpd_claim cl on cl.entry_id = e.id"
                + " join person p on p.id = e.owner_id where e.status = 'VERIFIED'"
                + " and e.entry_date between ? and ? and e.decided_utc < ? group by p.username")) {
      statement.setDate(1, Date.valueOf(day.minusYears(framework.currencyYears())));
      statement.setDate(2, Date.valueOf(day));
      statement.setTimestamp(3, Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          claims.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return workers.stream()
        .map(w -> new Evidence(w, entries.getOrDefault(w, 0), claims.getOrDefault(w, 0)))
        .toList();
  }

  private static String environment(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("set " + name + " in the environment (see run.sh)");
    }
    return value;
  }

  private static String required(String name) {
    String value = System.getProperty(PREFIX + name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("set -D" + PREFIX + name);
    }
    return value;
  }

  /** Derby shuts a database down by refusing the connection that asks it to. */
  private static void shutDown(String url) {
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException expected) {
      if (!"08006".equals(expected.getSQLState())) {
        throw new IllegalStateException(expected);
      }
    }
  }
}
