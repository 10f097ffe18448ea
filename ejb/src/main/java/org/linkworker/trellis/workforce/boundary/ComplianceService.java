package org.linkworker.trellis.workforce.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.Owner;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.workforce.entity.AppliesTo;
import org.linkworker.trellis.workforce.entity.RequirementScheme;
import org.linkworker.trellis.workforce.entity.SchemeItem;
import org.linkworker.trellis.workforce.entity.SchemeMembership;

/**
 * Requirement schemes and each person's compliance with them (PRODUCT.md: Requirement scheme,
 * Compliance). A link worker is under the association's scheme, their employer's mandatory
 * training, and any scheme they have been put under; compliance with any national scheme or one of
 * their organisation's can be asked about. A person's compliance with every scheme costs a fixed
 * number of statements (the person, their schemes with parts and items, their memberships, their
 * counted entries and those entries' claims), however many entries they have.
 */
@Stateless
public class ComplianceService {

  /** The scheme a compliance question means when it names none. */
  public static final String DEFAULT_SCHEME = "ASSOCIATION";

  private static final String COUNTED =
      "select e.id, e.date, e.type, e.hours, e.participatory,"
          + " case when e.reflection.what is not null and e.reflection.learned is not null"
          + " and e.reflection.change is not null then 1 else 0 end"
          + " from CpdEntry e where e.owner.id = :owner"
          + " and e.status in (org.linkworker.trellis.portfolio.entity.EntryStatus.SUBMITTED,"
          + " org.linkworker.trellis.portfolio.entity.EntryStatus.VERIFIED)"
          + " and e.date between :from and :on";

  private static final String COUNTED_CLAIMS =
      "select e.id, c.competencyCode from CpdEntry e join e.claims c where e.owner.id = :owner"
          + " and e.status in (org.linkworker.trellis.portfolio.entity.EntryStatus.SUBMITTED,"
          + " org.linkworker.trellis.portfolio.entity.EntryStatus.VERIFIED)"
          + " and e.date between :from and :on";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject Clock clock;

  /**
   * A person's compliance with one scheme on a day ({@link #DEFAULT_SCHEME} when {@code scheme} is
   * null, today when {@code on} is null): a national scheme or one of the person's organisation.
   */
  public ComplianceReport compliance(Caller caller, String username, String scheme, LocalDate on) {
    Person person = visiblePerson(caller, username);
    String code = scheme == null || scheme.isBlank() ? DEFAULT_SCHEME : scheme.strip();
    RequirementScheme found =
        schemesVisibleTo(person).stream()
            .filter(s -> s.getCode().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotVisibleException("scheme"));
    return reports(person, List.of(found), day(on)).get(0);
  }

  /** A person's compliance on a day with every scheme they are under, the association's first. */
  public List<ComplianceReport> everyScheme(Caller caller, String username, LocalDate on) {
    Person person = visiblePerson(caller, username);
    return reports(person, schemesOf(person), day(on));
  }

  /**
   * The compliance of each of the given people with every scheme they are under on a day, for a job
   * that was allowed when it started (the reminders): person id to reports, the association's
   * first. A fixed number of statements per person.
   */
  public Map<String, List<ComplianceReport>> everySchemeOfPeople(
      Collection<String> personIds, LocalDate day) {
    Map<String, List<ComplianceReport>> byPerson = new LinkedHashMap<>();
    if (personIds.isEmpty()) {
      return byPerson;
    }
    for (Person person :
        em.createQuery(
                "select p from Person p left join fetch p.organisation where p.id in :ids",
                Person.class)
            .setParameter("ids", List.copyOf(personIds))
            .getResultList()) {
      byPerson.put(person.getId(), reports(person, schemesOf(person), day));
    }
    return byPerson;
  }

  /**
   * The schemes a person can be asked about, each with whether they are under it: the national ones
   * and their organisation's.
   */
  public List<SchemeChoice> choicesOf(Caller caller, String username) {
    Person person = visiblePerson(caller, username);
    List<RequirementScheme> under = schemesOf(person);
    return schemesVisibleTo(person).stream()
        .map(s -> new SchemeChoice(view(s), under.contains(s)))
        .toList();
  }

  /**
   * Puts a person under a scheme that applies to chosen people (the three-year scheme), or takes
   * them out of it: the person themself or their employer.
   */
  public void choose(Caller caller, String username, String scheme, boolean under) {
    Person person = visiblePerson(caller, username);
    if (!policy.mayChooseSchemesOf(caller, owner(person))) {
      throw new AccessDeniedException("workforce.scheme_not_yours");
    }
    RequirementScheme found =
        schemesVisibleTo(person).stream()
            .filter(s -> s.getCode().equals(scheme))
            .findFirst()
            .orElseThrow(() -> new NotVisibleException("scheme"));
    if (found.getAppliesTo() != AppliesTo.CHOSEN) {
      throw new StateConflictException("workforce.scheme_not_chosen", found.getTitle());
    }
    SchemeMembership.Key key = new SchemeMembership.Key(found.getId(), person.getId());
    SchemeMembership existing = em.find(SchemeMembership.class, key);
    if (under && existing == null) {
      em.persist(new SchemeMembership(found.getId(), person.getId(), clock.instant()));
    } else if (!under && existing != null) {
      em.remove(existing);
    }
  }

  /** The schemes an organisation has defined, for its employer and the steward. */
  public List<SchemeView> schemesOfOrganisation(Caller caller, String organisationId) {
    if (!policy.maySeeReportsOf(caller, organisationId)) {
      throw new NotVisibleException("organisation");
    }
    return schemes(List.of(organisationId)).stream().map(ComplianceService::view).toList();
  }

  /** One scheme: a national one for anyone signed in, an organisation's for its people. */
  public Optional<SchemeView> find(Caller caller, String schemeId) {
    return Optional.ofNullable(schemeId == null ? null : em.find(RequirementScheme.class, schemeId))
        .filter(s -> s.getOrganisationId() == null || mayRead(caller, s.getOrganisationId()))
        .map(ComplianceService::view);
  }

  /** Defines an employer's mandatory-training scheme for the link workers of its organisation. */
  public SchemeView define(
      Caller caller, String organisationId, @NotNull @Valid SchemeInput input) {
    if (!policy.maySeeOrganisation(caller, organisationId)) {
      throw new NotVisibleException("organisation");
    }
    if (!policy.mayDefineSchemesOf(caller, organisationId)) {
      throw new AccessDeniedException("workforce.scheme_not_yours");
    }
    List<SchemeItem> items = items(input);
    boolean taken =
        schemes(List.of(RequirementScheme.NATIONAL, organisationId)).stream()
            .anyMatch(s -> s.getCode().equals(input.code()));
    if (taken) {
      throw InvalidInputException.of("code", "workforce.scheme_code_taken", input.code());
    }
    RequirementScheme scheme =
        RequirementScheme.mandatoryTraining(
            organisationId, input.code(), input.title().strip(), items, clock.instant());
    em.persist(scheme);
    em.flush();
    return view(scheme);
  }

  /** Revises an employer's scheme: its title and items (its code stays). */
  public SchemeView revise(
      Caller caller, String schemeId, @NotNull @Valid SchemeInput input, long version) {
    RequirementScheme scheme =
        Optional.ofNullable(schemeId == null ? null : em.find(RequirementScheme.class, schemeId))
            .filter(s -> s.getOrganisationId() != null && mayRead(caller, s.getOrganisationId()))
            .orElseThrow(() -> new NotVisibleException("scheme"));
    if (!policy.mayDefineSchemesOf(caller, scheme.getOrganisationId())) {
      throw new AccessDeniedException("workforce.scheme_not_yours");
    }
    if (!scheme.getCode().equals(input.code())) {
      throw InvalidInputException.of("code", "workforce.scheme_code_fixed", scheme.getCode());
    }
    if (version != scheme.getLockVersion()) {
      throw new StaleVersionException("scheme");
    }
    scheme.revise(input.title().strip(), items(input));
    em.flush();
    return view(scheme);
  }

  /** Today, the default day asked about. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Whether a competency (by code) is one of the framework of a person at this stage (their
   * framework is their stage's); with no framework to ask, every competency is. Answered from the
   * current frameworks, without a statement.
   */
  public Predicate<String> competenciesOf(String stageCode) {
    Optional<FrameworkSnapshot> framework = frameworks.forStage(stageCode).or(frameworks::current);
    return code -> framework.map(f -> f.competency(code).isPresent()).orElse(true);
  }

  /**
   * The items of a scheme, each a competency of one of the current frameworks: an organisation may
   * employ several professions, and each item applies to the workers whose framework has it.
   */
  private List<SchemeItem> items(SchemeInput input) {
    if (frameworks.all().isEmpty()) {
      throw new NotVisibleException("framework");
    }
    if (input.items() == null || input.items().isEmpty()) {
      throw InvalidInputException.of("items", "workforce.items_required");
    }
    if (input.items().size() > SchemeInput.MAX_ITEMS) {
      throw InvalidInputException.of("items", "workforce.items_too_many", SchemeInput.MAX_ITEMS);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<SchemeItem> items = new ArrayList<>();
    for (int i = 0; i < input.items().size(); i++) {
      SchemeInput.Item item = input.items().get(i);
      String code = item.competency().strip();
      if (frameworks.all().stream().allMatch(f -> f.competency(code).isEmpty())) {
        errors.put(
            "items[" + i + "].competency", Messages.format("workforce.competency_unknown", code));
      } else if (!seen.add(code)) {
        errors.put("items[" + i + "].competency", Messages.format("workforce.item_twice", code));
      }
      items.add(new SchemeItem(code, item.months()));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return items;
  }

  private boolean mayRead(Caller caller, String organisationId) {
    return policy.maySeeReportsOf(caller, organisationId)
        || organisationId.equals(caller.organisationId());
  }

  private LocalDate day(LocalDate on) {
    return on == null ? today() : on;
  }

  private List<ComplianceReport> reports(
      Person person, List<RequirementScheme> schemes, LocalDate day) {
    if (schemes.isEmpty()) {
      return List.of();
    }
    LocalDate from =
        schemes.stream().map(s -> s.windowFrom(day)).min(Comparator.naturalOrder()).orElse(day);
    List<CountedEntry> counted = counted(person, from, day, schemes);
    Predicate<String> ofTheirFramework = competenciesOf(person.getStageCode());
    return schemes.stream()
        .map(s -> ComplianceRule.report(s, day, counted, ofTheirFramework))
        .toList();
  }

  private List<CountedEntry> counted(
      Person person, LocalDate from, LocalDate day, List<RequirementScheme> schemes) {
    Map<String, Set<String>> claims = new HashMap<>();
    if (schemes.stream().anyMatch(s -> !s.getItems().isEmpty())) {
      for (Object[] row : window(COUNTED_CLAIMS, person, from, day).getResultList()) {
        claims.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]);
      }
    }
    List<CountedEntry> counted = new ArrayList<>();
    for (Object[] row : window(COUNTED, person, from, day).getResultList()) {
      counted.add(
          new CountedEntry(
              (LocalDate) row[1],
              (ActivityType) row[2],
              (BigDecimal) row[3],
              Boolean.TRUE.equals(row[4]),
              ((Number) row[5]).intValue() == 1,
              claims.getOrDefault((String) row[0], Set.of())));
    }
    return counted;
  }

  private TypedQuery<Object[]> window(String jpql, Person person, LocalDate from, LocalDate day) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("owner", person.getId())
        .setParameter("from", from)
        .setParameter("on", day);
  }

  /**
   * The schemes a person is under: the association's first, the other national ones, their
   * employer's.
   */
  private List<RequirementScheme> schemesOf(Person person) {
    boolean linkWorker = person.getRoles().contains(Role.LINK_WORKER);
    Set<String> chosen =
        new HashSet<>(
            em.createNamedQuery(SchemeMembership.SCHEMES_OF, String.class)
                .setParameter("person", person.getId())
                .getResultList());
    Predicate<String> ofTheirFramework = competenciesOf(person.getStageCode());
    return schemesVisibleTo(person).stream()
        .filter(
            s ->
                switch (s.getAppliesTo()) {
                  case EVERY_LINK_WORKER, ORGANISATION ->
                      linkWorker && ComplianceRule.asksOf(s, ofTheirFramework);
                  case CHOSEN -> chosen.contains(s.getId());
                })
        .toList();
  }

  private List<RequirementScheme> schemesVisibleTo(Person person) {
    List<String> scopes = new ArrayList<>();
    scopes.add(RequirementScheme.NATIONAL);
    if (person.getOrganisation() != null) {
      scopes.add(person.getOrganisation().getId());
    }
    List<RequirementScheme> schemes = new ArrayList<>(schemes(scopes));
    // The association's scheme first, then the other national ones, then the organisation's.
    schemes.sort(
        Comparator.comparing((RequirementScheme s) -> s.getOrganisationId() != null)
            .thenComparing(s -> !s.getCode().equals(DEFAULT_SCHEME))
            .thenComparing(RequirementScheme::getCode));
    return schemes;
  }

  private List<RequirementScheme> schemes(List<String> scopes) {
    return em.createNamedQuery(RequirementScheme.OF_SCOPES, RequirementScheme.class)
        .setParameter("scopes", scopes)
        .getResultList();
  }

  private Person visiblePerson(Caller caller, String username) {
    String name = Person.normaliseUsername(username);
    Optional<Person> person =
        name == null || name.isEmpty()
            ? Optional.empty()
            : em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    return person
        .filter(p -> policy.maySeeGapReport(caller, owner(p)))
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  private static Owner owner(Person person) {
    return new Owner(
        person.getUsername(),
        person.getOrganisation() == null ? null : person.getOrganisation().getId(),
        person.getSupervisor() == null ? null : person.getSupervisor().getUsername(),
        person.isActive());
  }

  static SchemeView view(RequirementScheme scheme) {
    return new SchemeView(
        scheme.getId(),
        scheme.getCode(),
        scheme.getTitle(),
        scheme.getOrganisationId(),
        scheme.getWindowKind(),
        scheme.getWindowYears(),
        scheme.getAppliesTo(),
        scheme.getParts().stream()
            .map(
                p ->
                    new SchemeView.PartView(
                        p.getCode(),
                        p.getMeasure().name(),
                        ComplianceRule.plain(p.getRequired()),
                        p.getActivityTypes()))
            .toList(),
        scheme.getItems().stream()
            .map(i -> new SchemeView.ItemView(i.getCompetencyCode(), i.getRefresherMonths()))
            .toList(),
        scheme.getLockVersion());
  }

  /** A scheme a person can be asked about, and whether they are under it. */
  public record SchemeChoice(SchemeView scheme, boolean under) implements java.io.Serializable {}
}
