package org.linkworker.trellis.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.AuditEntry;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * Generates the national benchmark dataset into a database whose schema is migrated and whose
 * frameworks are loaded, with batched JDBC inserts: employers (each with an employer manager and a
 * clinical supervisor, larger ones with senior link workers who supervise too) and training
 * providers; link workers at every career stage of the default framework (the current one the data
 * marks default: the link worker framework); a course catalogue mapped onto the framework; for
 * every worker {@code years × entriesPerYear} CPD entries over the years before {@code day}, two
 * claims an entry on average, with statuses that are mostly verified for older entries and less so
 * for recent ones; direct assessments by their supervisors; declarations against the code of
 * practice; some workers under the three-year scheme; and the audit log's lines for everything
 * created.
 *
 * <p>Everything follows from the seed and the day: the same settings write the same rows,
 * identifiers included ({@link SeededIds}). Every account shares one password, {@value #PASSWORD},
 * stored as one precomputed hash (hashing 13,000 passwords would take 25 minutes).
 *
 * <p>Claims are made so that a gap report against each worker's next stage has a spread: a worker's
 * claims go round the competencies that stage requires, at the level of their current stage or, as
 * often as the worker has progressed, of their next one; then their supervisor assesses some of the
 * competencies the claims do not carry yet, all of them for about one worker in eight (who is then
 * ready for the next stage). The generator works out each worker's attained levels on {@code day}
 * by the rule of PRODUCT.md itself, so a test can compare them with what the application reads.
 */
public final class NationalDataset {

  /** The password of every generated account. */
  public static final String PASSWORD = "trellis-national-2026";

  /** {@link #PASSWORD} hashed once as the application stores it (PBKDF2, 600,000 iterations). */
  static final String PASSWORD_HASH =
      "pbkdf2-sha256$600000$iaMCyeYuU7RRaLdGmGtZrw==$mg+V6bnHOqFAe8ZYeERC0ZQPcyxD12FdHoyFvCH0W3Y=";

  /** The username of the generated steward. */
  public static final String STEWARD = "national.steward";

  /** Where the audit log says the rows came from. */
  static final String SOURCE = "national-dataset";

  public static final long DEFAULT_SEED = 20_261_129L;

  /**
   * How much to generate.
   *
   * @param organisations employers and providers together (one in fifteen a provider)
   * @param workers link workers
   * @param courses courses across the providers
   * @param years years of CPD before the day
   * @param entriesPerYear CPD entries per worker per year
   */
  public record Sizes(int organisations, int workers, int courses, int years, int entriesPerYear) {

    public Sizes {
      if (organisations < 2 || workers < 1 || courses < 1 || years < 1 || entriesPerYear < 1) {
        throw new IllegalArgumentException("at least 2 organisations and 1 of everything else");
      }
    }

    /** The national dataset: 1,500 organisations, 10,000 workers, 1,000,000 entries. */
    public static Sizes national() {
      return new Sizes(1500, 10_000, 500, 5, 20);
    }

    /** The national sizes scaled (0.01 for 1%), years and entries per year kept. */
    public static Sizes scaled(double scale) {
      Sizes n = national();
      return new Sizes(
          Math.max(2, (int) Math.round(n.organisations * scale)),
          Math.max(1, (int) Math.round(n.workers * scale)),
          Math.max(1, (int) Math.round(n.courses * scale)),
          n.years,
          n.entriesPerYear);
    }

    public long entries() {
      return (long) workers * years * entriesPerYear;
    }
  }

  /** What to generate, from which seed, as of which day (entries end the day before). */
  public record Settings(Sizes sizes, long seed, LocalDate day) {}

  /** One table's load, and the columns its insert names. */
  public record TableFigure(String table, long rows, double seconds, List<String> columns) {
    public double rowsPerSecond() {
      return seconds == 0 ? 0 : rows / seconds;
    }
  }

  /**
   * A generated link worker and what the generator expects the application to read for them.
   *
   * @param levels the attained level on the day in every competency of the framework, by code
   * @param nextStageRequires the level the worker's next stage requires, by competency code
   */
  public record Worker(
      String id,
      String username,
      String organisationId,
      String stage,
      String supervisor,
      Map<String, Integer> levels,
      Map<String, Integer> nextStageRequires) {

    /** Whether every competency the next stage requires is attained at its level. */
    public boolean ready() {
      return nextStageRequires.entrySet().stream()
          .allMatch(r -> levels.getOrDefault(r.getKey(), 0) >= r.getValue());
    }
  }

  /**
   * What was loaded.
   *
   * @param tables each table's rows and time, in the order they were loaded
   * @param seconds the whole load, reading the framework included
   * @param currentVerifiedClaims claims of verified entries that are current on the day
   * @param readyWorkers workers who attain every level their next stage requires
   * @param workers every generated worker, when asked for (else empty)
   */
  public record Report(
      List<TableFigure> tables,
      double seconds,
      long currentVerifiedClaims,
      int readyWorkers,
      List<Worker> workers) {

    public long rows() {
      return tables.stream().mapToLong(TableFigure::rows).sum();
    }
  }

  private static final int BATCH = 2_000;
  private static final int COMMIT_EVERY = 20_000;

  private final Settings settings;
  private final boolean keepWorkers;
  private java.io.PrintStream progress;

  /**
   * @param keepWorkers whether the report lists every worker with the levels expected (for tests)
   */
  public NationalDataset(Settings settings, boolean keepWorkers) {
    this.settings = settings;
    this.keepWorkers = keepWorkers;
  }

  // What the generation works from and builds up, in order.
  private FrameworkFacts framework;
  private final List<Org> organisations = new ArrayList<>();
  private final List<Account> accounts = new ArrayList<>();
  private final List<Account> workers = new ArrayList<>();
  private final List<CourseRow> courses = new ArrayList<>();
  private final List<TableFigure> figures = new ArrayList<>();
  private Session session;
  private LocalDateTime cutoff;
  private SeededIds entryIds;

  /** Prints a line every 100,000 rows of a table while it loads. */
  public NationalDataset reportingTo(java.io.PrintStream out) {
    this.progress = out;
    return this;
  }

  /** Loads the dataset on the connection (auto-commit is turned off; everything is committed). */
  public Report load(Connection connection) throws SQLException {
    long started = System.nanoTime();
    framework = FrameworkFacts.read(connection);
    cutoff = settings.day().atStartOfDay();
    session = new Session(connection, BATCH, COMMIT_EVERY);
    if (progress != null) {
      session.reportProgress(
          100_000,
          insert ->
              progress.printf(
                  "[national] ... %s %,d rows in %.1f s%n",
                  insert.table(), insert.rows(), insert.seconds()));
    }
    long base = settings.day().minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    entryIds = new SeededIds(settings.seed(), "cpd_entry", base);

    planOrganisations(new SeededIds(settings.seed(), "organisation", base));
    planPeople(new SeededIds(settings.seed(), "person", base));
    planCourses(new SeededIds(settings.seed(), "course", base));
    writeOrganisations();
    writePeople();
    writeCourses();
    Histories histories = writeEntries();
    writeClaims(histories);
    writeAssessments(histories, new SeededIds(settings.seed(), "assessment", base));
    writeDeclarations(new SeededIds(settings.seed(), "declaration", base));
    writeSchemeMembers();
    writeAudit();
    return new Report(
        List.copyOf(figures),
        (System.nanoTime() - started) / 1e9,
        histories.currentVerifiedClaims,
        histories.ready,
        keepWorkers ? List.copyOf(histories.workers) : List.of());
  }

  // ---------------------------------------------------------------- organisations and people

  private record Org(String id, String name, OrganisationKind kind, int index) {}

  /** A person to write; for a link worker, their stage and how far they are towards the next. */
  private static final class Account {
    String id;
    String stamp;
    String username;
    String displayName;
    Org organisation;
    Set<Role> roles;
    int stage = -1;
    Account supervisor;
    int workerIndex = -1;
    double progress;
    boolean aimsReady;
  }

  private void planOrganisations(SeededIds ids) {
    SplittableRandom random = random("organisations", 0);
    int providers = Math.max(1, (int) Math.round(settings.sizes().organisations() / 15.0));
    int employers = settings.sizes().organisations() - providers;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < employers; i++) {
      String place =
          pick(random, Vocabulary.PLACES)
              + Vocabulary.PLACE_QUARTERS.get(
                  random.nextInt(4) == 0 ? random.nextInt(Vocabulary.PLACE_QUARTERS.size()) : 0);
      String name = unique(names, place + " " + pick(random, Vocabulary.EMPLOYER_KINDS));
      organisations.add(new Org(ids.id(i), name, OrganisationKind.EMPLOYER, i));
    }
    for (int i = 0; i < providers; i++) {
      String name =
          unique(
              names,
              pick(random, Vocabulary.PROVIDER_FIRST)
                  + " "
                  + pick(random, Vocabulary.PROVIDER_SECOND));
      organisations.add(
          new Org(ids.id(employers + i), name, OrganisationKind.PROVIDER, employers + i));
    }
  }

  private static String unique(Set<String> taken, String name) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + " " + n;
    }
    return candidate;
  }

  private List<Org> employers() {
    return organisations.stream().filter(o -> o.kind() == OrganisationKind.EMPLOYER).toList();
  }

  private List<Org> providers() {
    return organisations.stream().filter(o -> o.kind() == OrganisationKind.PROVIDER).toList();
  }

  private void planPeople(SeededIds ids) {
    SplittableRandom random = random("people", 0);
    List<Org> employers = employers();
    int[] sizes = teamSizes(random, employers.size(), settings.sizes().workers());
    int workerIndex = 0;
    for (int e = 0; e < employers.size(); e++) {
      Org org = employers.get(e);
      Account clinical = account(random, org, EnumSet.of(Role.SUPERVISOR), "s", e);
      accounts.add(clinical);
      List<Account> team = new ArrayList<>();
      for (int k = 0; k < sizes[e]; k++) {
        Account worker = account(random, org, EnumSet.of(Role.LINK_WORKER), "w", workerIndex);
        worker.workerIndex = workerIndex++;
        worker.stage = stageOf(random.nextDouble());
        worker.progress = Math.pow(random.nextDouble(), 0.8);
        worker.aimsReady = random.nextDouble() < 0.12;
        team.add(worker);
      }
      // Senior and lead link workers of larger teams supervise too, one for every six workers.
      List<Account> supervisors = new ArrayList<>(List.of(clinical));
      int wanted = team.size() / 6;
      for (Account worker : team) {
        if (supervisors.size() > wanted) {
          break;
        }
        if (worker.stage >= Math.min(2, framework.stages.size() - 1)) {
          worker.roles = EnumSet.of(Role.LINK_WORKER, Role.SUPERVISOR);
          worker.supervisor = clinical;
          supervisors.add(worker);
        }
      }
      for (Account worker : team) {
        if (worker.supervisor == null) {
          worker.supervisor = supervisors.get(random.nextInt(supervisors.size()));
        }
      }
      // Supervisors are written before the people they supervise (the foreign key).
      team.stream().filter(w -> w.roles.contains(Role.SUPERVISOR)).forEach(accounts::add);
      team.stream().filter(w -> !w.roles.contains(Role.SUPERVISOR)).forEach(accounts::add);
      accounts.add(account(random, org, EnumSet.of(Role.EMPLOYER), "m", e));
    }
    List<Org> providers = providers();
    for (int p = 0; p < providers.size(); p++) {
      accounts.add(account(random, providers.get(p), EnumSet.of(Role.PROVIDER), "p", p));
    }
    Account steward = new Account();
    steward.username = STEWARD;
    steward.displayName = "National Steward";
    steward.roles = EnumSet.of(Role.STEWARD);
    accounts.add(steward);
    for (int i = 0; i < accounts.size(); i++) {
      accounts.get(i).id = ids.id(i);
      accounts.get(i).stamp = ids.random(i);
    }
    accounts.stream().filter(a -> a.workerIndex >= 0).forEach(workers::add);
  }

  /** Team sizes from 1 upwards, a few large and many small, adding up to the workers. */
  private static int[] teamSizes(SplittableRandom random, int teams, int workers) {
    double[] weights = new double[teams];
    double sum = 0;
    for (int i = 0; i < teams; i++) {
      weights[i] = 1 + 9 * Math.pow(random.nextDouble(), 3);
      sum += weights[i];
    }
    int[] sizes = new int[teams];
    int floor = workers >= teams ? 1 : 0;
    int given = 0;
    for (int i = 0; i < teams; i++) {
      sizes[i] = floor + (int) Math.floor((workers - floor * teams) * weights[i] / sum);
      given += sizes[i];
    }
    for (int i = 0; given < workers; i = (i + 1) % teams) {
      sizes[i]++;
      given++;
    }
    return sizes;
  }

  /**
   * A stage by share: a fifth trainees, under half link workers, a quarter senior, a tenth lead.
   */
  private int stageOf(double u) {
    int stages = framework.stages.size();
    if (stages != 4) {
      return Math.min(stages - 1, (int) (u * stages));
    }
    return u < 0.20 ? 0 : u < 0.65 ? 1 : u < 0.90 ? 2 : 3;
  }

  private Account account(SplittableRandom random, Org org, Set<Role> roles, String kind, int n) {
    Account a = new Account();
    String first = pick(random, Vocabulary.FIRST_NAMES);
    String last = pick(random, Vocabulary.LAST_NAMES);
    a.displayName = first + " " + last;
    a.username =
        (first + "." + last).toLowerCase(Locale.ROOT) + "." + kind + String.format("%05d", n);
    a.organisation = org;
    a.roles = EnumSet.copyOf(roles);
    return a;
  }

  private void writeOrganisations() throws SQLException {
    BulkInsert insert =
        session.insert(
            "organisation",
            List.of(
                "id", "name", "kind", "lock_version", "supervision_weeks", "evidence_revision"));
    for (Org org : organisations) {
      // Supervision every 6 weeks, the default target; no evidence has changed since the load.
      insert.row(org.id(), org.name(), org.kind().name(), 1L, 6, 0L);
    }
    done(insert);
  }

  private void writePeople() throws SQLException {
    BulkInsert person =
        session.insert(
            "person",
            List.of(
                "id",
                "username",
                "display_name",
                "organisation_id",
                "stage_code",
                "supervisor_id",
                "is_active",
                "password_hash",
                "credential_stamp",
                "failed_sign_ins",
                "first_failure_utc",
                "locked_until_utc",
                "lock_version",
                "email",
                "email_reminders"));
    // Generated people have no email address: reminders stay notifications.
    for (Account a : accounts) {
      person.row(
          a.id,
          a.username,
          a.displayName,
          a.organisation == null ? null : a.organisation.id(),
          a.stage < 0 ? null : framework.stages.get(a.stage).code(),
          a.supervisor == null ? null : a.supervisor.id,
          true,
          PASSWORD_HASH,
          a.stamp,
          0,
          null,
          null,
          1L,
          null,
          true);
    }
    done(person);
    BulkInsert role = session.insert("person_role", List.of("person_id", "role_name"));
    for (Account a : accounts) {
      for (Role r : a.roles) {
        role.row(a.id, r.name());
      }
    }
    done(role);
  }

  // ---------------------------------------------------------------- courses

  private record Mapping(int competency, int level, String strength) {}

  private record CourseRow(
      String id,
      Org provider,
      String code,
      String title,
      String description,
      String delivery,
      BigDecimal hours,
      BigDecimal cpdHours,
      String accreditation,
      String url,
      String status,
      List<Mapping> mappings) {}

  /** Published courses by the competencies they are mapped to, for entries that name a course. */
  private final Map<Integer, List<CourseRow>> publishedByCompetency = new HashMap<>();

  private void planCourses(SeededIds ids) {
    SplittableRandom random = random("courses", 0);
    List<Org> providers = providers();
    int[] perProvider = new int[providers.size()];
    for (int i = 0; i < settings.sizes().courses(); i++) {
      Org provider = providers.get(i % providers.size());
      int number = ++perProvider[i % providers.size()];
      int domain = random.nextInt(framework.domains.size());
      String domainCode = framework.domains.get(domain);
      List<String> topics =
          Vocabulary.TOPICS.getOrDefault(domainCode, List.of(framework.domainTitles.get(domain)));
      String topic = pick(random, topics);
      String title = capitalised(pick(random, Vocabulary.COURSE_FORMS).formatted(topic));
      int level = 1 + pick(random, 30, 35, 25, 10);
      level = Math.min(level, framework.maxLevel);
      List<Integer> inDomain = framework.competenciesOf(domain);
      int count = 1 + pick(random, 20, 40, 28, 12);
      Map<Integer, Mapping> mappings = new LinkedHashMap<>();
      for (int m = 0; m < count * 3 && mappings.size() < count; m++) {
        int competency =
            m == 0 || random.nextDouble() < 0.7
                ? inDomain.get(random.nextInt(inDomain.size()))
                : random.nextInt(framework.competencies.size());
        int mappedLevel =
            Math.max(1, Math.min(framework.maxLevel, level + (m == 0 ? 0 : random.nextInt(3) - 1)));
        String strength =
            List.of("INTRODUCES", "DEVELOPS", "ASSESSES").get(pick(random, 35, 50, 15));
        mappings.putIfAbsent(competency, new Mapping(competency, mappedLevel, strength));
      }
      String delivery = List.of("ONLINE", "IN_PERSON", "BLENDED").get(pick(random, 45, 35, 20));
      int halfHours =
          switch (delivery) {
            case "ONLINE" -> 2 + random.nextInt(11);
            case "IN_PERSON" -> 6 + random.nextInt(19);
            default -> 12 + random.nextInt(49);
          };
      BigDecimal hours = BigDecimal.valueOf(halfHours * 50L, 2);
      String code = initials(provider.name()) + "-" + (100 + number);
      String status = List.of("PUBLISHED", "DRAFT", "WITHDRAWN").get(pick(random, 85, 10, 5));
      CourseRow course =
          new CourseRow(
              ids.id(i),
              provider,
              code,
              title,
              "A "
                  + delivery.toLowerCase(Locale.ROOT).replace('_', ' ')
                  + " course on "
                  + topic
                  + " for link workers at "
                  + framework
                      .levelNames
                      .getOrDefault(level, "level " + level)
                      .toLowerCase(Locale.ROOT)
                  + " level.",
              delivery,
              hours,
              hours,
              random.nextBoolean() ? pick(random, Vocabulary.ACCREDITATIONS) : null,
              random.nextInt(5) == 0
                  ? null
                  : "https://learning.example.org/" + code.toLowerCase(Locale.ROOT),
              status,
              List.copyOf(mappings.values()));
      courses.add(course);
      if (status.equals("PUBLISHED")) {
        for (Mapping m : course.mappings()) {
          publishedByCompetency.computeIfAbsent(m.competency(), k -> new ArrayList<>()).add(course);
        }
      }
    }
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      } else if (!word.isEmpty()) {
        initials.append(word);
      }
    }
    return initials.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private void writeCourses() throws SQLException {
    BulkInsert course =
        session.insert(
            "course",
            List.of(
                "id",
                "provider_id",
                "course_code",
                "title",
                "description",
                "delivery_mode",
                "hours",
                "cpd_hours",
                "accreditation",
                "url",
                "status",
                "lock_version"));
    for (CourseRow c : courses) {
      course.row(
          c.id(),
          c.provider().id(),
          c.code(),
          c.title(),
          c.description(),
          c.delivery(),
          c.hours(),
          c.cpdHours(),
          c.accreditation(),
          c.url(),
          c.status(),
          1L);
    }
    done(course);
    BulkInsert mapping =
        session.insert(
            "course_mapping",
            List.of("course_id", "competency_id", "competency_code", "level_number", "strength"));
    for (CourseRow c : courses) {
      for (Mapping m : c.mappings()) {
        Competency competency = framework.competencies.get(m.competency());
        mapping.row(c.id(), competency.id(), competency.code(), m.level(), m.strength());
      }
    }
    done(mapping);
  }

  // ---------------------------------------------------------------- CPD entries and claims

  /**
   * What the entries pass leaves for the later ones: every claim (entry number, competency, level)
   * in compact arrays, the assessments planned, the workers with their expected levels.
   */
  private static final class Histories {
    int[] claimEntry;
    short[] claimCompetency;
    byte[] claimLevel;
    int claims;
    long currentVerifiedClaims;
    int ready;
    final List<AssessmentRow> assessments = new ArrayList<>();
    final List<Worker> workers = new ArrayList<>();

    void claim(long entry, int competency, int level) {
      if (claims == claimEntry.length) {
        int grown = claims + claims / 2 + 16;
        claimEntry = Arrays.copyOf(claimEntry, grown);
        claimCompetency = Arrays.copyOf(claimCompetency, grown);
        claimLevel = Arrays.copyOf(claimLevel, grown);
      }
      claimEntry[claims] = (int) entry;
      claimCompetency[claims] = (short) competency;
      claimLevel[claims] = (byte) level;
      claims++;
    }
  }

  private record AssessmentRow(
      Account owner,
      int competency,
      int level,
      LocalDate date,
      LocalDateTime recorded,
      LocalDateTime withdrawn,
      String note) {}

  private static final ActivityType[] TYPES = ActivityType.values();

  // Shares of the activity types, in the enum's order: course, e-learning, supervision, peer
  // learning, reflective practice, shadowing, conference, reading, other.
  private static final int[] TYPE_WEIGHTS = {14, 20, 14, 12, 12, 5, 4, 14, 5};

  private Histories writeEntries() throws SQLException {
    Sizes sizes = settings.sizes();
    Histories histories = new Histories();
    int expected = (int) Math.min(Integer.MAX_VALUE - 16, sizes.entries() * 2);
    histories.claimEntry = new int[expected];
    histories.claimCompetency = new short[expected];
    histories.claimLevel = new byte[expected];
    BulkInsert entry =
        session.insert(
            "cpd_entry",
            List.of(
                "id",
                "owner_id",
                "entry_date",
                "title",
                "activity_type",
                "hours",
                "participatory",
                "course_id",
                "standard_code",
                "reflection_what",
                "reflection_learned",
                "reflection_change",
                "status",
                "submitted_utc",
                "decided_by",
                "decided_utc",
                "decision_note",
                "created_utc",
                "lock_version",
                "import_key"));
    int perWorker = sizes.years() * sizes.entriesPerYear();
    LocalDate day = settings.day();
    LocalDate currentFrom = day.minusYears(framework.currencyYears);
    for (Account worker : workers) {
      SplittableRandom random = random("worker", worker.workerIndex);
      int stage = worker.stage;
      int next = Math.min(stage + 1, framework.stages.size() - 1);
      int[] current = framework.requirements.get(stage);
      int[] wanted = framework.requirements.get(next);
      int[] order = competencyRound(random, current, wanted);
      // [competency][level] current verified claims at that level, for the expected levels.
      int[][] verifiedAt = new int[framework.competencies.size()][framework.maxLevel + 1];
      LocalDate[] dates = new LocalDate[perWorker];
      int span = sizes.years() * 365;
      for (int k = 0; k < perWorker; k++) {
        dates[k] = day.minusDays(1 + random.nextInt(span));
      }
      Arrays.sort(dates);
      int round = random.nextInt(order.length);
      int previousClaims = 2;
      for (int k = 0; k < perWorker; k++) {
        long number = (long) worker.workerIndex * perWorker + k;
        LocalDate date = dates[k];
        // One, two or three claims, an odd entry making up its even neighbour's to four.
        int claims = k % 2 == 0 ? 1 + pick(random, 25, 50, 25) : 4 - previousClaims;
        if (k % 2 == 0 && k == perWorker - 1) {
          claims = 2;
        }
        previousClaims = claims;
        claims = Math.min(claims, order.length);
        int[] competencies = new int[claims];
        for (int c = 0; c < claims; c++) {
          competencies[c] = order[round++ % order.length];
        }
        boolean isCurrent = !date.isBefore(currentFrom);
        int[] levels = new int[claims];
        for (int c = 0; c < claims; c++) {
          int comp = competencies[c];
          int base = Math.max(1, current[comp]);
          int high = Math.max(base, wanted[comp]);
          int level;
          if (!isCurrent) {
            level = random.nextBoolean() ? Math.max(1, base - 1) : base;
          } else if (random.nextDouble() < worker.progress) {
            level = high;
          } else {
            level = random.nextDouble() < 0.08 ? Math.max(1, base - 1) : base;
          }
          levels[c] = Math.min(level, framework.maxLevel);
        }
        ActivityType type = TYPES[pick(random, TYPE_WEIGHTS)];
        CourseRow course = null;
        if ((type == ActivityType.COURSE || type == ActivityType.E_LEARNING)
            && random.nextBoolean()) {
          List<CourseRow> mapped = publishedByCompetency.get(competencies[0]);
          if (mapped != null) {
            course = mapped.get(random.nextInt(mapped.size()));
          }
        }
        String domain = framework.domains.get(framework.competencies.get(competencies[0]).domain());
        String title = title(random, type, course, domain, date);
        BigDecimal hours = hours(random, type, course);
        boolean participatory = participatory(random, type);
        String standard =
            random.nextInt(4) == 0 && !framework.standards.isEmpty()
                ? pick(random, framework.standards)
                : null;
        String what = null;
        String learned = null;
        String change = null;
        double reflection = random.nextDouble();
        if (reflection < 0.55) {
          what = pick(random, Vocabulary.WHAT);
          learned = pick(random, Vocabulary.LEARNED);
          change = pick(random, Vocabulary.CHANGE);
        } else if (reflection < 0.70) {
          learned = pick(random, Vocabulary.LEARNED);
        }
        EntryStatus status = status(random, day.toEpochDay() - date.toEpochDay());
        LocalDateTime created =
            date.atTime(16, 0)
                .plusMinutes(random.nextInt(300))
                .plusDays(random.nextBoolean() ? 0 : random.nextInt(1, 6));
        LocalDateTime submitted = null;
        LocalDateTime decided = null;
        String decidedBy = null;
        String note = null;
        if (status != EntryStatus.DRAFT) {
          submitted = created.plusMinutes(10 + random.nextInt(14 * 24 * 60));
          if (status != EntryStatus.SUBMITTED) {
            decided = submitted.plusMinutes(60 + random.nextInt(21 * 24 * 60));
            decidedBy = worker.supervisor.username;
            note =
                status == EntryStatus.RETURNED
                    ? pick(random, Vocabulary.RETURN_REASONS)
                    : random.nextInt(4) == 0 ? pick(random, Vocabulary.VERIFY_NOTES) : null;
          }
        }
        // Nothing happened after the day began; squeeze the times in before it, in order.
        LocalDateTime limit = cutoff.minusMinutes(1);
        if (decided != null && decided.isAfter(limit)) {
          decided = limit.minusMinutes(random.nextInt(60));
        }
        LocalDateTime last = decided != null ? decided.minusMinutes(1) : limit;
        if (submitted != null && submitted.isAfter(last)) {
          submitted = last.minusMinutes(random.nextInt(30));
        }
        last = submitted != null ? submitted.minusMinutes(1) : limit;
        if (created.isAfter(last)) {
          created = last.minusMinutes(random.nextInt(30));
        }
        entry.row(
            entryIds.id(number),
            worker.id,
            date,
            title,
            type.name(),
            hours,
            participatory,
            course == null ? null : course.id(),
            standard,
            what,
            learned,
            change,
            status.name(),
            submitted,
            decidedBy,
            decided,
            note,
            created,
            1L,
            null);
        boolean counts = status == EntryStatus.VERIFIED && isCurrent;
        for (int c = 0; c < claims; c++) {
          histories.claim(number, competencies[c], levels[c]);
          if (counts) {
            verifiedAt[competencies[c]][levels[c]]++;
            histories.currentVerifiedClaims++;
          }
        }
      }
      planAssessments(random, worker, wanted, verifiedAt, histories);
    }
    done(entry);
    return histories;
  }

  /**
   * The order in which a worker's claims go round the competencies: those their current or next
   * stage requires, shuffled.
   */
  private int[] competencyRound(SplittableRandom random, int[] current, int[] wanted) {
    List<Integer> chosen = new ArrayList<>();
    for (int c = 0; c < framework.competencies.size(); c++) {
      if (current[c] > 0 || wanted[c] > 0) {
        chosen.add(c);
      }
    }
    if (chosen.isEmpty()) {
      for (int c = 0; c < framework.competencies.size(); c++) {
        chosen.add(c);
      }
    }
    int[] order = chosen.stream().mapToInt(Integer::intValue).toArray();
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** More recent entries are less often decided yet. */
  private static EntryStatus status(SplittableRandom random, long ageDays) {
    int[] weights; // verified, submitted, draft, returned
    if (ageDays <= 30) {
      weights = new int[] {25, 40, 30, 5};
    } else if (ageDays <= 120) {
      weights = new int[] {60, 18, 14, 8};
    } else {
      weights = new int[] {76, 4, 13, 7};
    }
    return switch (pick(random, weights)) {
      case 0 -> EntryStatus.VERIFIED;
      case 1 -> EntryStatus.SUBMITTED;
      case 2 -> EntryStatus.DRAFT;
      default -> EntryStatus.RETURNED;
    };
  }

  private static String title(
      SplittableRandom random, ActivityType type, CourseRow course, String domain, LocalDate date) {
    if (course != null) {
      return course.title();
    }
    String topic = pick(random, Vocabulary.TOPICS.getOrDefault(domain, List.of("practice")));
    return switch (type) {
      case COURSE -> "Workshop: " + topic;
      case E_LEARNING -> "E-learning module: " + topic;
      case SUPERVISION -> random.nextBoolean() ? "Group supervision: " + topic : "Supervision";
      case PEER_LEARNING -> "Peer learning set: " + topic;
      case REFLECTIVE_PRACTICE -> "Reflective account: " + topic;
      case SHADOWING -> "Shadowing a " + pick(random, Vocabulary.SHADOWED);
      case CONFERENCE -> "Regional social prescribing conference " + date.getYear();
      case READING -> "Reading on " + topic;
      case OTHER -> "Webinar: " + topic;
    };
  }

  private static BigDecimal hours(SplittableRandom random, ActivityType type, CourseRow course) {
    if (course != null && course.cpdHours().compareTo(BigDecimal.valueOf(100)) <= 0) {
      return course.cpdHours();
    }
    int quarters =
        switch (type) {
          case COURSE, SHADOWING -> 8 + random.nextInt(21);
          case CONFERENCE -> 20 + random.nextInt(9);
          case SUPERVISION -> 4 + random.nextInt(3);
          case PEER_LEARNING -> 4 + random.nextInt(5);
          case E_LEARNING -> 2 + random.nextInt(11);
          default -> 2 + random.nextInt(7);
        };
    return BigDecimal.valueOf(quarters * 25L, 2);
  }

  private static boolean participatory(SplittableRandom random, ActivityType type) {
    return switch (type) {
      case COURSE, SUPERVISION, PEER_LEARNING, SHADOWING, CONFERENCE -> random.nextInt(10) != 0;
      case OTHER -> random.nextBoolean();
      default -> false;
    };
  }

  private void writeClaims(Histories histories) throws SQLException {
    BulkInsert claim =
        session.insert(
            "cpd_claim", List.of("entry_id", "competency_id", "competency_code", "level_number"));
    for (int i = 0; i < histories.claims; i++) {
      Competency competency = framework.competencies.get(histories.claimCompetency[i]);
      claim.row(
          entryIds.id(histories.claimEntry[i]),
          competency.id(),
          competency.code(),
          (int) histories.claimLevel[i]);
    }
    done(claim);
    histories.claimEntry = null;
    histories.claimCompetency = null;
    histories.claimLevel = null;
  }

  // ---------------------------------------------------------------- assessments

  /**
   * The supervisor's assessments of a worker: of the competencies whose claims do not yet reach the
   * next stage's level, all for a worker who aims to be ready, otherwise a share as large as their
   * progress (always leaving one); one earlier assessment a year that is no longer current; and now
   * and then one withdrawn as a mistake. Then the worker's expected levels.
   */
  private void planAssessments(
      SplittableRandom random,
      Account worker,
      int[] wanted,
      int[][] verifiedAt,
      Histories histories) {
    LocalDate day = settings.day();
    int threshold = framework.evidenceThreshold;
    List<Integer> short_ = new ArrayList<>();
    for (int c = 0; c < wanted.length; c++) {
      if (wanted[c] > 0 && atOrAbove(verifiedAt[c], wanted[c]) < threshold) {
        short_.add(c);
      }
    }
    List<Integer> assessed = new ArrayList<>();
    for (int c : short_) {
      if (worker.aimsReady || random.nextDouble() < worker.progress * 0.6) {
        assessed.add(c);
      }
    }
    if (!worker.aimsReady && !short_.isEmpty() && assessed.size() == short_.size()) {
      assessed.remove(assessed.size() - 1);
    }
    int[] assessedLevel = new int[wanted.length];
    String by = worker.supervisor.username;
    for (int c : assessed) {
      LocalDate date = day.minusDays(1 + random.nextInt(730));
      histories.assessments.add(
          new AssessmentRow(
              worker, c, wanted[c], date, recorded(random, date), null, assessmentNote(random)));
      assessedLevel[c] = Math.max(assessedLevel[c], wanted[c]);
    }
    int yearsBack = settings.sizes().years();
    for (int y = framework.currencyYears + 1; y <= yearsBack; y++) {
      int c = random.nextInt(framework.competencies.size());
      LocalDate date = day.minusYears(y).minusDays(1 + random.nextInt(300));
      int level = Math.max(1, framework.requirements.get(worker.stage)[c] - 1);
      histories.assessments.add(
          new AssessmentRow(worker, c, level, date, recorded(random, date), null, null));
    }
    if (random.nextInt(50) == 0) {
      int c = random.nextInt(framework.competencies.size());
      LocalDate date = day.minusDays(2 + random.nextInt(300));
      LocalDateTime recorded = recorded(random, date);
      histories.assessments.add(
          new AssessmentRow(
              worker,
              c,
              framework.maxLevel,
              date,
              recorded,
              recorded.plusMinutes(30),
              "Recorded against the wrong person."));
    }
    Map<String, Integer> levels = new LinkedHashMap<>();
    Map<String, Integer> requires = new LinkedHashMap<>();
    for (int c = 0; c < framework.competencies.size(); c++) {
      int level = assessedLevel[c];
      for (int l = framework.maxLevel; l > level; l--) {
        if (atOrAbove(verifiedAt[c], l) >= threshold) {
          level = l;
          break;
        }
      }
      String code = framework.competencies.get(c).code();
      levels.put(code, level);
      if (wanted[c] > 0) {
        requires.put(code, wanted[c]);
      }
    }
    Worker expected =
        new Worker(
            worker.id,
            worker.username,
            worker.organisation.id(),
            framework.stages.get(worker.stage).code(),
            by,
            Map.copyOf(levels),
            Map.copyOf(requires));
    if (expected.ready()) {
      histories.ready++;
    }
    if (keepWorkers) {
      histories.workers.add(expected);
    }
  }

  private static int atOrAbove(int[] byLevel, int level) {
    int n = 0;
    for (int l = level; l < byLevel.length; l++) {
      n += byLevel[l];
    }
    return n;
  }

  private LocalDateTime recorded(SplittableRandom random, LocalDate date) {
    LocalDateTime recorded = date.atTime(11, 0).plusMinutes(random.nextInt(360));
    return recorded.isBefore(cutoff) ? recorded : cutoff.minusMinutes(1 + random.nextInt(60));
  }

  private static String assessmentNote(SplittableRandom random) {
    return random.nextInt(3) == 0 ? "Observed in practice during a joint visit." : null;
  }

  private void writeAssessments(Histories histories, SeededIds ids) throws SQLException {
    BulkInsert insert =
        session.insert(
            "assessment",
            List.of(
                "id",
                "owner_id",
                "competency_id",
                "competency_code",
                "level_number",
                "assessment_date",
                "assessed_by",
                "note",
                "recorded_utc",
                "withdrawn_utc"));
    long n = 0;
    for (AssessmentRow a : histories.assessments) {
      Competency competency = framework.competencies.get(a.competency());
      insert.row(
          ids.id(n++),
          a.owner().id,
          competency.id(),
          competency.code(),
          a.level(),
          a.date(),
          a.owner().supervisor.username,
          a.note(),
          a.recorded(),
          a.withdrawn());
    }
    histories.assessments.clear();
    done(insert);
  }

  // ---------------------------------------------------------------- declarations, schemes, audit

  /**
   * A declaration in most membership years (1 April to 31 March) of a worker's history, made in the
   * first months of the year, never on or after the day.
   */
  private void writeDeclarations(SeededIds ids) throws SQLException {
    if (framework.codeOfPracticeId == null) {
      return;
    }
    BulkInsert insert =
        session.insert(
            "declaration",
            List.of(
                "id",
                "owner_id",
                "membership_year",
                "declared_on",
                "code_of_practice_id",
                "framework_code",
                "framework_version",
                "statement_text",
                "recorded_utc"));
    LocalDate day = settings.day();
    int thisYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    long n = 0;
    for (Account worker : workers) {
      SplittableRandom random = random("declarations", worker.workerIndex);
      for (int year = thisYear - settings.sizes().years() + 1; year <= thisYear; year++) {
        LocalDate declared = LocalDate.of(year, 4, 1).plusDays(random.nextInt(180));
        boolean declares = random.nextInt(100) < (year == thisYear ? 60 : 85);
        if (!declares || !declared.isBefore(day)) {
          continue;
        }
        String statement = pick(random, Vocabulary.DECLARATION_STATEMENTS);
        insert.row(
            ids.id(n++),
            worker.id,
            year,
            declared,
            framework.codeOfPracticeId,
            framework.code,
            framework.version,
            statement.isEmpty() ? null : statement,
            declared.atTime(9, 0).plusMinutes(random.nextInt(600)));
      }
    }
    done(insert);
  }

  /** One worker in ten is also under the three-year scheme, chosen by them or their employer. */
  private void writeSchemeMembers() throws SQLException {
    if (framework.threeYearSchemeId == null) {
      return;
    }
    BulkInsert insert =
        session.insert("scheme_member", List.of("scheme_id", "person_id", "since_utc"));
    SplittableRandom random = random("schemes", 0);
    for (Account worker : workers) {
      if (random.nextInt(10) == 0) {
        insert.row(
            framework.threeYearSchemeId,
            worker.id,
            cutoff.minusDays(1 + random.nextInt(700)).plusMinutes(random.nextInt(600)));
      }
    }
    done(insert);
  }

  /** The audit log's lines for what was created, as the data-set steps write them. */
  private void writeAudit() throws SQLException {
    BulkInsert insert =
        session.insert(
            "audit_entry", List.of("at_utc", "actor", "audit_action", "subject", "detail"));
    LocalDateTime at =
        settings.day().minusYears(settings.sizes().years()).minusDays(30).atTime(8, 0);
    String from = ", from " + SOURCE;
    int second = 0;
    for (Org org : organisations) {
      insert.row(
          at.plusSeconds(second++),
          AuditEntry.SYSTEM,
          AuditAction.ORGANISATION_CREATED.name(),
          "organisation:" + org.id(),
          "name \"" + org.name() + "\", kind " + org.kind() + from);
    }
    for (Account a : accounts) {
      insert.row(
          at.plusSeconds(second++),
          AuditEntry.SYSTEM,
          AuditAction.PERSON_ADDED.name(),
          "person:" + a.username,
          "roles " + a.roles + from);
    }
    for (CourseRow c : courses) {
      insert.row(
          at.plusSeconds(second++),
          AuditEntry.SYSTEM,
          AuditAction.COURSE_CREATED.name(),
          "course:" + c.id(),
          "title \"" + c.title() + "\"" + from);
    }
    done(insert);
  }

  // ---------------------------------------------------------------- helpers

  private void done(BulkInsert insert) throws SQLException {
    session.finish(insert);
    figures.add(new TableFigure(insert.table(), insert.rows(), insert.seconds(), insert.columns()));
  }

  /**
   * A generator of its own for one part of the dataset (the n-th worker's entries, say), so that
   * parts do not shift each other. The seeds are mixed: SplittableRandom's seeds one step of its
   * own increment apart would give the same stream shifted by one.
   */
  private SplittableRandom random(String part, long n) {
    return new SplittableRandom(
        SeededIds.mix(SeededIds.mix(settings.seed() ^ SeededIds.hash(part)) + n));
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** An index chosen with the given weights. */
  private static int pick(SplittableRandom random, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  // ---------------------------------------------------------------- the framework, as stored

  record Competency(String id, String code, int domain) {}

  record Stage(String id, String code) {}

  /** The current link worker framework as the database holds it, read with plain JDBC. */
  private static final class FrameworkFacts {
    String id;
    String code;
    String version;
    int currencyYears;
    int evidenceThreshold;
    int maxLevel;
    final Map<Integer, String> levelNames = new HashMap<>();
    final List<String> domains = new ArrayList<>();
    final List<String> domainTitles = new ArrayList<>();
    final List<Competency> competencies = new ArrayList<>();
    final List<Stage> stages = new ArrayList<>();

    /** Per stage (in order), the level it requires of each competency (0: not required). */
    final List<int[]> requirements = new ArrayList<>();

    final List<String> standards = new ArrayList<>();
    String codeOfPracticeId;
    String threeYearSchemeId;

    List<Integer> competenciesOf(int domain) {
      List<Integer> of = new ArrayList<>();
      for (int c = 0; c < competencies.size(); c++) {
        if (competencies.get(c).domain() == domain) {
          of.add(c);
        }
      }
      return of;
    }

    static FrameworkFacts read(Connection connection) throws SQLException {
      FrameworkFacts f = new FrameworkFacts();
      try (PreparedStatement s =
              connection.prepareStatement(
                  "select id, code, version, currency_years, evidence_threshold from framework"
                      + " where is_current = true and is_default = true order by code");
          ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException(
              "no current default framework: load the frameworks first");
        }
        f.id = r.getString(1);
        f.code = r.getString(2);
        f.version = r.getString(3);
        f.currencyYears = r.getInt(4);
        f.evidenceThreshold = r.getInt(5);
      }
      for (Object[] row :
          rows(
              connection,
              "select level_number, name from framework_level where framework_id = ?"
                  + " order by level_number",
              f.id)) {
        f.maxLevel = Math.max(f.maxLevel, (Integer) row[0]);
        f.levelNames.put((Integer) row[0], (String) row[1]);
      }
      Map<String, Integer> domainIndex = new HashMap<>();
      for (Object[] row :
          rows(
              connection,
              "select id, code, title from framework_domain where framework_id = ?"
                  + " order by position, code",
              f.id)) {
        domainIndex.put((String) row[0], f.domains.size());
        f.domains.add((String) row[1]);
        f.domainTitles.add(((String) row[2]).toLowerCase(Locale.ROOT));
      }
      Map<String, Integer> competencyIndex = new HashMap<>();
      for (Object[] row :
          rows(
              connection,
              "select c.id, c.code, c.domain_id from competency c join framework_domain d"
                  + " on d.id = c.domain_id where c.framework_id = ?"
                  + " order by d.position, c.position, c.code",
              f.id)) {
        competencyIndex.put((String) row[0], f.competencies.size());
        f.competencies.add(
            new Competency((String) row[0], (String) row[1], domainIndex.get((String) row[2])));
      }
      Map<String, Integer> stageIndex = new HashMap<>();
      for (Object[] row :
          rows(
              connection,
              "select id, code from career_stage where framework_id = ? order by position",
              f.id)) {
        stageIndex.put((String) row[0], f.stages.size());
        f.stages.add(new Stage((String) row[0], (String) row[1]));
        f.requirements.add(new int[f.competencies.size()]);
      }
      if (f.stages.isEmpty() || f.competencies.isEmpty() || f.maxLevel == 0) {
        throw new IllegalStateException("the framework has no stages, competencies or levels");
      }
      for (Object[] row :
          rows(
              connection,
              "select r.stage_id, r.competency_id, r.required_level from stage_requirement r"
                  + " join career_stage s on s.id = r.stage_id where s.framework_id = ?",
              f.id)) {
        Integer competency = competencyIndex.get((String) row[1]);
        if (competency != null) {
          f.requirements.get(stageIndex.get((String) row[0]))[competency] =
              Math.min(f.maxLevel, (Integer) row[2]);
        }
      }
      for (Object[] row :
          rows(connection, "select id from code_of_practice where framework_id = ?", f.id)) {
        f.codeOfPracticeId = (String) row[0];
      }
      if (f.codeOfPracticeId != null) {
        for (Object[] row :
            rows(
                connection,
                "select code from practice_standard where code_of_practice_id = ?"
                    + " order by position",
                f.codeOfPracticeId)) {
          f.standards.add((String) row[0]);
        }
      }
      for (Object[] row :
          rows(
              connection,
              "select id from requirement_scheme where code = 'THREE_YEAR' and scope = ?",
              "-")) {
        f.threeYearSchemeId = (String) row[0];
      }
      return f;
    }

    private static List<Object[]> rows(Connection connection, String sql, String parameter)
        throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement s = connection.prepareStatement(sql)) {
        s.setString(1, parameter);
        try (ResultSet r = s.executeQuery()) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
              row[i] = r.getObject(i + 1);
            }
            rows.add(row);
          }
        }
      }
      return rows;
    }
  }
}
