package org.linkworker.trellis.testing;

import static org.linkworker.trellis.testing.TestData.HWBC_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.HWBC_PACKAGE;
import static org.linkworker.trellis.testing.TestData.HWBC_PROFILE;
import static org.linkworker.trellis.testing.TestData.LWCF_CODE_OF_PRACTICE;
import static org.linkworker.trellis.testing.TestData.LWCF_PACKAGE;
import static org.linkworker.trellis.testing.TestData.LWCF_PROFILE;
import static org.linkworker.trellis.testing.TestData.shipped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.framework.boundary.FrameworkTestAccess;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.Assessment;
import org.linkworker.trellis.portfolio.entity.Claim;
import org.linkworker.trellis.portfolio.entity.CpdEntry;
import org.linkworker.trellis.portfolio.entity.Reflection;

/**
 * A hand-built portfolio on a real Derby database: the LWCF imported, Riverside with its supervisor
 * Sam, link workers Alex (supervised by Sam) and Lee, employer Emma, Hillside's employer Hana, a
 * provider and the steward; and entries and assessments written straight into the log with the
 * dates and the moments of their decisions chosen by the test.
 *
 * <p>{@link #secondProfession()} adds a second profession beside it: the Health and Wellbeing Coach
 * framework (HWBC) and Northgate, an employer whose people are coaches on its stages.
 */
public final class EvidenceFixture implements AutoCloseable {

  public final TestDatabase database = TestDatabase.create();
  public final AccessPolicy policy = new AccessPolicy();
  public final CurrentFrameworks frameworks;
  public final FrameworkSnapshot framework;
  public final Caller sam;
  public final Caller alex;
  public final Caller lee;
  public final Caller emma;
  public final Caller hana;
  public final Caller pat;
  public final Caller steward;
  public final String riverside;

  public EvidenceFixture() {
    FrameworkTestAccess.importFramework(
        database, shipped(LWCF_PACKAGE), shipped(LWCF_CODE_OF_PRACTICE), shipped(LWCF_PROFILE));
    frameworks = FrameworkTestAccess.currentFrameworks(database);
    framework = frameworks.current().orElseThrow();
    String[] ids =
        database.inTransaction(
            em -> {
              Organisation river = Organisation.create("Riverside", OrganisationKind.EMPLOYER);
              Organisation hill = Organisation.create("Hillside", OrganisationKind.EMPLOYER);
              Organisation courses = Organisation.create("Courses Ltd", OrganisationKind.PROVIDER);
              em.persist(river);
              em.persist(hill);
              em.persist(courses);
              Person supervisor =
                  Person.create(
                      "sam.supervisor",
                      "Sam",
                      river,
                      Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                      "h");
              supervisor.placeAtStage("SENIOR");
              em.persist(supervisor);
              for (String name : List.of("alex.link", "lee.trainee")) {
                Person worker = Person.create(name, name, river, Set.of(Role.LINK_WORKER), "h");
                worker.placeAtStage("LINK_WORKER");
                if (name.equals("alex.link")) {
                  worker.assignSupervisor(supervisor);
                }
                em.persist(worker);
              }
              em.persist(Person.create("emma.employer", "Emma", river, Set.of(Role.EMPLOYER), "h"));
              em.persist(Person.create("hana.employer", "Hana", hill, Set.of(Role.EMPLOYER), "h"));
              em.persist(Person.create("pat.provider", "Pat", courses, Set.of(Role.PROVIDER), "h"));
              return new String[] {river.getId(), hill.getId(), courses.getId()};
            });
    riverside = ids[0];
    Set<Role> both = Set.of(Role.SUPERVISOR, Role.LINK_WORKER);
    sam = new Caller("sam.supervisor", "Sam", both, riverside);
    alex = new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), riverside);
    lee = new Caller("lee.trainee", "Lee", Set.of(Role.LINK_WORKER), riverside);
    emma = new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), riverside);
    hana = new Caller("hana.employer", "Hana", Set.of(Role.EMPLOYER), ids[1]);
    pat = new Caller("pat.provider", "Pat", Set.of(Role.PROVIDER), ids[2]);
    steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);
  }

  /**
   * Northgate, an employer of health and wellbeing coaches, once {@link #secondProfession()} has
   * made it: employer Nell, supervisor (and senior coach) Sol, coach Cara (supervised by Sol) and
   * trainee coach Toby (supervised by Sol).
   *
   * @param hwbc the coaches' framework
   */
  public record Northgate(
      String id, FrameworkSnapshot hwbc, Caller nell, Caller sol, Caller cara, Caller toby) {}

  private Northgate northgate;

  /**
   * Imports the Health and Wellbeing Coach framework beside the LWCF and adds Northgate with its
   * coaches (once; later calls answer the same).
   */
  public Northgate secondProfession() {
    if (northgate != null) {
      return northgate;
    }
    FrameworkTestAccess.importFramework(
        database, shipped(HWBC_PACKAGE), shipped(HWBC_CODE_OF_PRACTICE), shipped(HWBC_PROFILE));
    frameworks.forget();
    String id =
        database.inTransaction(
            em -> {
              Organisation north = Organisation.create("Northgate", OrganisationKind.EMPLOYER);
              em.persist(north);
              Person sol =
                  Person.create(
                      "sol.supervisor",
                      "Sol",
                      north,
                      Set.of(Role.SUPERVISOR, Role.LINK_WORKER),
                      "h");
              sol.placeAtStage("SENIOR_COACH");
              em.persist(sol);
              Person cara =
                  Person.create("cara.coach", "Cara", north, Set.of(Role.LINK_WORKER), "h");
              cara.placeAtStage("COACH");
              cara.assignSupervisor(sol);
              em.persist(cara);
              Person toby =
                  Person.create("toby.trainee", "Toby", north, Set.of(Role.LINK_WORKER), "h");
              toby.placeAtStage("TRAINEE_COACH");
              toby.assignSupervisor(sol);
              em.persist(toby);
              em.persist(Person.create("nell.employer", "Nell", north, Set.of(Role.EMPLOYER), "h"));
              return north.getId();
            });
    northgate =
        new Northgate(
            id,
            frameworks.current("HWBC").orElseThrow(),
            new Caller("nell.employer", "Nell", Set.of(Role.EMPLOYER), id),
            new Caller("sol.supervisor", "Sol", Set.of(Role.SUPERVISOR, Role.LINK_WORKER), id),
            new Caller("cara.coach", "Cara", Set.of(Role.LINK_WORKER), id),
            new Caller("toby.trainee", "Toby", Set.of(Role.LINK_WORKER), id));
    return northgate;
  }

  /** A competency by its code in whichever current framework has it. */
  public CompetencyView competency(String code) {
    return frameworks.all().stream()
        .flatMap(f -> f.competency(code).stream())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no current framework has " + code));
  }

  /** An entry to write into a worker's portfolio; chain the setters, then {@link #save}. */
  public Entry entry(String owner, LocalDate date) {
    return new Entry(owner, date);
  }

  /** Writes an assessment of a worker by Sam, recorded at {@code recorded}. */
  public String assess(
      String owner, String competency, int level, LocalDate date, Instant recorded) {
    return database.inTransaction(
        em -> {
          Person person = person(em, owner);
          Assessment a =
              new Assessment(
                  person,
                  competency(competency).id(),
                  competency,
                  level,
                  date,
                  "sam.supervisor",
                  null,
                  recorded);
          em.persist(a);
          return a.getId();
        });
  }

  /** Withdraws an assessment at {@code at}. */
  public void withdraw(String assessment, Instant at) {
    database.inTransaction(
        em -> {
          em.find(Assessment.class, assessment).withdraw("sam.supervisor", at);
          return null;
        });
  }

  /** Noon UTC on a day: a moment on that day. */
  public static Instant noon(LocalDate day) {
    return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  private static Person person(jakarta.persistence.EntityManager em, String username) {
    return em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  @Override
  public void close() {
    database.close();
  }

  /** One entry: its type, hours, claims and reflection, and when it was submitted and decided. */
  public final class Entry {
    private final String owner;
    private final LocalDate date;
    private ActivityType type = ActivityType.COURSE;
    private BigDecimal hours = BigDecimal.ONE;
    private boolean participatory;
    private Reflection reflection = new Reflection(null, null, null);
    private final List<String[]> claims = new ArrayList<>();
    private Instant submitted;
    private Instant verified;
    private Instant returned;

    private Entry(String owner, LocalDate date) {
      this.owner = owner;
      this.date = date;
    }

    public Entry type(ActivityType value) {
      type = value;
      return this;
    }

    public Entry hours(String value) {
      hours = new BigDecimal(value);
      return this;
    }

    public Entry participatory() {
      participatory = true;
      return this;
    }

    public Entry reflective() {
      reflection = new Reflection("What happened", "What I learned", "What changes");
      return this;
    }

    public Entry claims(String competency, int level) {
      claims.add(new String[] {competency, Integer.toString(level)});
      return this;
    }

    /** Submitted at noon on its own date. */
    public Entry submitted() {
      submitted = noon(date);
      return this;
    }

    /** Submitted on its date and verified at {@code at}. */
    public Entry verifiedAt(Instant at) {
      submitted = noon(date);
      verified = at;
      return this;
    }

    /** Verified at noon on its own date. */
    public Entry verified() {
      return verifiedAt(noon(date));
    }

    /** Submitted on its date and returned at noon that day. */
    public Entry returned() {
      submitted = noon(date);
      returned = noon(date);
      return this;
    }

    public String save() {
      return database.inTransaction(
          em -> {
            CpdEntry entry =
                new CpdEntry(person(em, owner), date, "Entry of " + date, type, hours, noon(date));
            entry.describe(
                date, "Entry of " + date, type, hours, participatory, null, null, reflection);
            entry.claim(
                claims.stream()
                    .map(c -> new Claim(competency(c[0]).id(), c[0], Integer.parseInt(c[1])))
                    .toList());
            if (submitted != null) {
              entry.submit(submitted);
            }
            String supervisor =
                entry.getOwner().getSupervisor() == null
                    ? "sam.supervisor"
                    : entry.getOwner().getSupervisor().getUsername();
            if (verified != null) {
              entry.verify(supervisor, null, verified);
            }
            if (returned != null) {
              entry.returnWith(supervisor, "Say more", returned);
            }
            em.persist(entry);
            return entry.getId();
          });
    }
  }
}
