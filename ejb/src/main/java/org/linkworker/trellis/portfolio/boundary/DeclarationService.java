package org.linkworker.trellis.portfolio.boundary;

import static org.linkworker.trellis.portfolio.boundary.PortfolioService.owner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CodeOfPracticeView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.Person;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StateConflictException;
import org.linkworker.trellis.portfolio.entity.Declaration;
import org.linkworker.trellis.portfolio.entity.MembershipYear;

/**
 * Link workers' annual declarations against the code of practice (PRODUCT.md: "Link workers make an
 * annual declaration against the code"), one per membership year (1 April to 31 March).
 *
 * <p>The worker declares for themself, for the membership year that contains today, against the
 * code of practice of their framework; a year that has not started or has ended is refused, and a
 * second declaration for a year is a conflict (409). The worker, their supervisor, their employer
 * and the steward read them ({@link AccessPolicy#maySeeDeclarations}); anyone else finds no such
 * person or declaration (404). A declaration is never changed.
 *
 * <p>A worker is <em>due</em> when they hold the link worker role and have not declared for the
 * membership year that contains today.
 */
@Stateless
public class DeclarationService {

  /** The entries each standard links to on the code of practice page. */
  public static final int NEWEST_PER_STANDARD = 5;

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject CurrentFrameworks frameworks;

  @Inject Clock clock;

  /** The membership year that contains today. */
  public MembershipYear currentYear() {
    return MembershipYear.containing(LocalDate.now(clock));
  }

  /**
   * The worker declares, for themself, that they have read and practise the code of practice of
   * their framework, today, for the current membership year.
   *
   * @throws NotVisibleException when the caller may not see the person's declarations
   * @throws AccessDeniedException when the caller may see them but is not that link worker
   * @throws InvalidInputException field {@code membershipYear}: a year other than the current one
   * @throws StateConflictException when the year is declared for already, or there is no code of
   *     practice to declare against
   */
  public DeclarationView declare(
      Caller caller, String username, @NotNull @Valid DeclarationInput input) {
    Person owner = readableOwner(caller, username);
    if (!policy.mayChangePortfolio(caller, owner(owner))) {
      throw new AccessDeniedException("portfolio.declare_not_yours");
    }
    LocalDate today = LocalDate.now(clock);
    MembershipYear year = MembershipYear.containing(today);
    if (input.membershipYear() != null && input.membershipYear() != year.first()) {
      throw InvalidInputException.of(
          "membershipYear",
          input.membershipYear() > year.first()
              ? "portfolio.declaration_year_future"
              : "portfolio.declaration_year_past",
          year.label(),
          year.from(),
          year.to(),
          String.valueOf(input.membershipYear()));
    }
    Optional<FrameworkSnapshot> framework = frameworkOf(owner);
    CodeOfPracticeView code =
        framework
            .map(f -> f.outline().codeOfPractice())
            .orElseThrow(() -> new StateConflictException("portfolio.declaration_no_code"));
    Optional<Declaration> made = forYear(owner, year);
    if (made.isPresent()) {
      throw alreadyMade(made.get());
    }
    Declaration declaration =
        new Declaration(
            owner,
            year,
            today,
            code.id(),
            framework.get().code(),
            framework.get().version(),
            input.statement(),
            clock.instant());
    em.persist(declaration);
    try {
      em.flush();
    } catch (PersistenceException raced) {
      // A second request for the same year committed in between: the unique key says no.
      throw new StateConflictException(
          "portfolio.declaration_exists", year.label(), today.toString());
    }
    return view(declaration, owner.getUsername());
  }

  /**
   * A worker's declarations, newest membership year first, a page at a time. Two statements
   * whatever the page's length.
   */
  public Page<DeclarationView> declarations(Caller caller, String username, int offset, int limit) {
    Person owner = readableOwner(caller, username);
    int pageLimit = Page.checkedLimit(offset, limit);
    List<DeclarationView> views =
        em
            .createNamedQuery(Declaration.PAGE_OF, Declaration.class)
            .setParameter("owner", owner)
            .setFirstResult(offset)
            .setMaxResults(pageLimit)
            .getResultList()
            .stream()
            .map(d -> view(d, owner.getUsername()))
            .toList();
    long total =
        em.createNamedQuery(Declaration.COUNT_OF, Long.class)
            .setParameter("owner", owner)
            .getSingleResult();
    return new Page<>(views, total, offset, pageLimit);
  }

  /** One declaration, when the caller may see its worker's declarations. */
  public Optional<DeclarationView> find(Caller caller, String declarationId) {
    if (declarationId == null || declarationId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Declaration.class, declarationId))
        .filter(d -> policy.maySeeDeclarations(caller, owner(d.getOwner())))
        .map(d -> view(d, d.getOwner().getUsername()));
  }

  /**
   * Whether the signed-in person is a link worker who has not declared for the current membership
   * year: the dashboard's question, asked on every visit, so one statement (none for anyone else).
   */
  public boolean isDue(Caller caller) {
    if (!caller.has(Role.LINK_WORKER)) {
      return false;
    }
    return em.createNamedQuery(Declaration.COUNT_FOR_YEAR_BY_USERNAME, Long.class)
            .setParameter("username", caller.username())
            .setParameter("year", currentYear().first())
            .getSingleResult()
        == 0;
  }

  /**
   * Which of the given people have declared for a membership year, for a job that was allowed when
   * it started (the reminders): their ids. One statement.
   */
  public Set<String> declaredAmong(Collection<String> personIds, MembershipYear year) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select d.owner.id from Declaration d where d.owner.id in :ids"
                    + " and d.membershipYear = :year",
                String.class)
            .setParameter("ids", List.copyOf(personIds))
            .setParameter("year", year.first())
            .getResultList());
  }

  /** What a worker's declaration page shows and offers the caller. */
  public DeclarationAccess access(Caller caller, String username) {
    Person owner = readableOwner(caller, username);
    MembershipYear year = currentYear();
    Optional<DeclarationView> current = forYear(owner, year).map(d -> view(d, owner.getUsername()));
    Optional<FrameworkSnapshot> framework = frameworkOf(owner);
    CodeOfPracticeView code = framework.map(f -> f.outline().codeOfPractice()).orElse(null);
    boolean due = current.isEmpty() && owner.getRoles().contains(Role.LINK_WORKER);
    return new DeclarationAccess(
        owner.getDisplayName(),
        owner.getUsername(),
        year.first(),
        year.from(),
        year.to(),
        due,
        due && code != null && policy.mayChangePortfolio(caller, owner(owner)),
        current.orElse(null),
        framework.map(FrameworkSnapshot::code).orElse(null),
        framework.map(FrameworkSnapshot::version).orElse(null),
        code);
  }

  /**
   * The caller's own CPD entries that name a standard of the code of practice, by standard code:
   * how many, their hours and the newest {@value #NEWEST_PER_STANDARD}. One statement for every
   * standard together; nothing for someone who keeps no portfolio.
   */
  public Map<String, StandardPractice> ownPractice(Caller caller) {
    if (!caller.has(Role.LINK_WORKER)) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select e.standardCode, e.id, e.date, e.title, e.hours from CpdEntry e"
                    + " where e.owner.username = :username and e.standardCode is not null"
                    + " order by e.standardCode, e.date desc, e.id",
                Object[].class)
            .setParameter("username", caller.username())
            .getResultList();
    Map<String, List<Object[]>> byStandard = new LinkedHashMap<>();
    for (Object[] row : rows) {
      byStandard.computeIfAbsent((String) row[0], code -> new ArrayList<>()).add(row);
    }
    Map<String, StandardPractice> practice = new LinkedHashMap<>();
    byStandard.forEach(
        (code, entries) -> {
          BigDecimal hours =
              entries.stream()
                  .map(row -> (BigDecimal) row[4])
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          List<StandardPractice.EntryLink> newest =
              entries.stream()
                  .limit(NEWEST_PER_STANDARD)
                  .map(
                      row ->
                          new StandardPractice.EntryLink(
                              (String) row[1], (LocalDate) row[2], (String) row[3]))
                  .toList();
          practice.put(code, new StandardPractice(code, entries.size(), plain(hours), newest));
        });
    return practice;
  }

  private Optional<Declaration> forYear(Person owner, MembershipYear year) {
    return em.createNamedQuery(Declaration.FOR_YEAR, Declaration.class)
        .setParameter("owner", owner)
        .setParameter("year", year.first())
        .getResultStream()
        .findFirst();
  }

  private Optional<FrameworkSnapshot> frameworkOf(Person owner) {
    return frameworks.forStage(owner.getStageCode()).or(frameworks::current);
  }

  private static StateConflictException alreadyMade(Declaration declaration) {
    return new StateConflictException(
        "portfolio.declaration_exists",
        declaration.getMembershipYear().label(),
        declaration.getDeclaredOn().toString());
  }

  /**
   * The person by username when the caller may see their declarations; otherwise not there, whether
   * or not they exist (404). One statement.
   */
  private Person readableOwner(Caller caller, String username) {
    String name = Person.normaliseUsername(username);
    Optional<Person> person =
        name == null || name.isEmpty()
            ? Optional.empty()
            : em.createNamedQuery(Person.FIND_BY_USERNAME, Person.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    return person
        .filter(p -> policy.maySeeDeclarations(caller, owner(p)))
        .orElseThrow(() -> new NotVisibleException("person"));
  }

  private static BigDecimal plain(BigDecimal hours) {
    BigDecimal stripped = hours.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static DeclarationView view(Declaration declaration, String username) {
    MembershipYear year = declaration.getMembershipYear();
    return new DeclarationView(
        declaration.getId(),
        username,
        year.first(),
        year.from(),
        year.to(),
        declaration.getDeclaredOn(),
        declaration.getFrameworkCode(),
        declaration.getFrameworkVersion(),
        declaration.getStatement());
  }
}
