package org.linkworker.trellis.catalogue.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linkworker.trellis.catalogue.entity.Course;
import org.linkworker.trellis.catalogue.entity.CourseMapping;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AuditLog;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.entity.AuditAction;
import org.linkworker.trellis.identity.entity.Organisation;
import org.linkworker.trellis.platform.AccessDeniedException;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.StaleVersionException;
import org.linkworker.trellis.platform.export.Csv;

/**
 * The course catalogue: a provider writes, maps, publishes, withdraws and deletes its own courses;
 * everyone signed in searches the published ones and sees provision per competency and level.
 *
 * <p>Refusals follow API.md: a course the caller may not see is not there ({@link
 * NotVisibleException}, 404: another provider's draft looks like no course at all); one they may
 * see but not change is refused ({@link AccessDeniedException}, 403). What a field says about
 * itself is checked by the constraints of {@link CourseDetails}; what needs the database or the
 * framework (a code another of the provider's courses has, a competency or level the framework does
 * not have, a status a course cannot move to) by an {@link InvalidInputException} naming the field.
 *
 * <p>Reads cost a fixed number of statements whatever their length: a search page is its rows, its
 * courses' mappings and the count.
 */
@Stateless
public class CourseService {

  private static final String COURSE_COLUMNS =
      "select c.id, c.code, c.title, c.description, c.deliveryMode, c.hours, c.cpdHours,"
          + " c.accreditation, c.url, c.status, p.id, p.name, c.lockVersion";

  @PersistenceContext(unitName = "trellis")
  EntityManager em;

  @Inject AccessPolicy policy;

  @Inject AuditLog audit;

  @Inject CurrentFrameworks frameworks;

  /** The published courses kept between requests (none in tests that wire the service by hand). */
  @Inject PublishedCatalogue catalogue;

  /** Adds a course to the caller's catalogue (a provider's people only). */
  public CourseView create(
      Caller caller, @NotNull(message = "{course.title.required}") @Valid CourseDetails details) {
    if (!policy.mayChangeCourse(caller, caller.organisationId())) {
      throw new AccessDeniedException("catalogue.providers_only");
    }
    Organisation provider = em.find(Organisation.class, caller.organisationId());
    Course course = new Course(provider);
    Map<String, String> errors = new LinkedHashMap<>();
    checkCode(provider.getId(), details.code(), course.getId(), errors);
    List<CourseMapping> mappings = mappings(details.mappings(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    describe(course, details);
    course.remap(mappings);
    if (details.status() != null) {
      course.moveTo(details.status());
    }
    em.persist(course);
    em.flush();
    changing();
    audit.record(
        caller.username(),
        AuditAction.COURSE_CREATED,
        AuditLog.course(course.getId()),
        "title " + AuditLog.quoted(course.getTitle()) + ", status " + course.getStatus());
    return view(course);
  }

  /**
   * Changes a course (its provider only); a stale version is refused. Mappings and status left out
   * stay as they are.
   */
  public CourseView update(
      Caller caller,
      String courseId,
      long version,
      @NotNull(message = "{course.title.required}") @Valid CourseDetails details) {
    Course course = changeable(caller, courseId);
    if (version != course.getLockVersion()) {
      throw new StaleVersionException("course");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    checkCode(course.getProvider().getId(), details.code(), course.getId(), errors);
    List<CourseMapping> mappings =
        details.mappings() == null ? null : mappings(details.mappings(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    boolean changed = describe(course, details);
    if (mappings != null) {
      changed |= course.remap(mappings);
    }
    if (details.status() != null) {
      changed |= course.moveTo(details.status());
    }
    if (changed) {
      flushChecked();
      changing();
      audit.record(
          caller.username(),
          AuditAction.COURSE_CHANGED,
          AuditLog.course(course.getId()),
          "title " + AuditLog.quoted(course.getTitle()) + ", status " + course.getStatus());
    }
    return view(course);
  }

  /**
   * Deletes a course (its provider only): a draft, never offered, is gone; a published course is
   * withdrawn instead, since CPD entries may name it; a withdrawn one stays as it is.
   *
   * @return the course as it now is, or empty when it was deleted
   */
  public Optional<CourseView> delete(Caller caller, String courseId) {
    Course course = changeable(caller, courseId);
    if (course.getStatus() == CourseStatus.DRAFT) {
      em.remove(course);
      em.flush();
      changing();
      audit.record(
          caller.username(),
          AuditAction.COURSE_DELETED,
          AuditLog.course(courseId),
          "title " + AuditLog.quoted(course.getTitle()));
      return Optional.empty();
    }
    if (course.moveTo(CourseStatus.WITHDRAWN)) {
      flushChecked();
      changing();
      audit.record(
          caller.username(),
          AuditAction.COURSE_CHANGED,
          AuditLog.course(course.getId()),
          "status WITHDRAWN");
    }
    return Optional.of(view(course));
  }

  /**
   * One course, when the caller may see it: published, or their own provider's. A withdrawn course
   * stays readable by its provider and, through the CPD entries that name it, by their readers.
   */
  public Optional<CourseView> find(Caller caller, String courseId) {
    return visible(caller, courseId).map(this::view);
  }

  /**
   * Published courses (and, for a provider, their own drafts) that match the query, ordered by
   * title, paged. Three statements whatever the page's length: the rows, their mappings, the count.
   */
  public Page<CourseView> search(
      Caller caller, @NotNull @Valid CourseQuery query, int offset, int limit) {
    int pageLimit = Page.checkedLimit(offset, limit);
    Map<String, Object> parameters = new HashMap<>();
    String where = where(caller, query, parameters);
    TypedQuery<Object[]> rows =
        em.createQuery(
            COURSE_COLUMNS + " from Course c join c.provider p" + where + " order by c.title, c.id",
            Object[].class);
    parameters.forEach(rows::setParameter);
    List<Object[]> page = rows.setFirstResult(offset).setMaxResults(pageLimit).getResultList();
    TypedQuery<Long> count =
        em.createQuery("select count(c) from Course c join c.provider p" + where, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    return new Page<>(views(page), total, offset, pageLimit);
  }

  /**
   * Every course of a provider, whatever its status, with its mappings, ordered by title: the rows
   * of the alignment matrix (its provider, or the steward, who sees every report). Two statements.
   */
  public List<CourseView> coursesOf(Caller caller, String providerId) {
    if (providerId == null || !policy.maySeeProvisionOf(caller, providerId)) {
      throw new NotVisibleException("organisation");
    }
    List<Object[]> rows =
        em.createQuery(
                COURSE_COLUMNS
                    + " from Course c join c.provider p where p.id = :provider"
                    + " order by c.title, c.id",
                Object[].class)
            .setParameter("provider", providerId)
            .getResultList();
    return views(rows);
  }

  /**
   * Every published course with its mappings, for recommendations (PRODUCT.md: Recommendations;
   * published courses are everyone's to read). One statement, however many courses there are, when
   * a course has changed since the last read; none otherwise ({@link PublishedCatalogue}).
   */
  public List<PublishedCourse> published() {
    return catalogue == null ? readPublished() : catalogue.courses(this::readPublished);
  }

  /** This transaction changes courses: the published courses kept are read again after it. */
  private void changing() {
    if (catalogue != null) {
      catalogue.changing();
    }
  }

  private List<PublishedCourse> readPublished() {
    Map<String, Object[]> courses = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> levels = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Course.PUBLISHED_MAPPINGS, Object[].class).getResultList()) {
      String id = (String) row[0];
      courses.putIfAbsent(id, row);
      levels
          .computeIfAbsent(id, k -> new HashMap<>())
          .merge((String) row[5], ((Number) row[6]).intValue(), Math::max);
    }
    return courses.values().stream()
        .map(
            row ->
                new PublishedCourse(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (BigDecimal) row[3],
                    (String) row[4],
                    levels.get((String) row[0])))
        .toList();
  }

  /**
   * Provision over the current version of a framework (none: the default one): for every competency
   * × level, the number of published courses mapped there, in the framework's order, with no
   * demand. At most one statement (the published courses, kept between changes).
   */
  public List<ProvisionCell> provision(Caller caller, String frameworkCode) {
    return provision(caller, frameworkCode, framework -> Map.of());
  }

  /**
   * Provision with the demand in each cell as {@code demand} tells it (the progression component
   * knows it from the latest gap-report snapshot). At most one statement of the catalogue's.
   */
  public List<ProvisionCell> provision(Caller caller, String frameworkCode, Demand demand) {
    FrameworkSnapshot framework = framework(frameworkCode);
    Map<String, Long> counts = new HashMap<>();
    for (PublishedCourse course : published()) {
      count(framework, course.levels(), counts);
    }
    Map<String, Long> demanded = demand.of(framework.code());
    List<ProvisionCell> cells = new ArrayList<>();
    for (DomainView domain : framework.outline().domains()) {
      for (CompetencyView competency : domain.competencies()) {
        for (int level = 1; level <= framework.topLevel(); level++) {
          cells.add(
              new ProvisionCell(
                  competency.code(),
                  level,
                  counts.getOrDefault(key(competency.id(), level), 0L),
                  demanded.getOrDefault(competency.code() + "#" + level, 0L)));
        }
      }
    }
    return cells;
  }

  /**
   * Where provision's demand comes from: for a framework's code, competency code and level ({@code
   * "PC.1#2"}) to the number of link workers who need it.
   */
  @FunctionalInterface
  public interface Demand {
    Map<String, Long> of(String frameworkCode);
  }

  /** {@link #provision} as the downloadable CSV: competency, level, courses, demand, gap. */
  public String provisionReport(Caller caller, String frameworkCode) {
    return provisionReport(provision(caller, frameworkCode));
  }

  /** Provision cells as the downloadable CSV: competency, level, courses, demand, gap. */
  public static String provisionReport(List<ProvisionCell> cells) {
    return Csv.write(
        List.of("competency", "level", "courses", "demand", "gap"),
        cells.stream()
            .map(c -> List.<Object>of(c.competency(), c.level(), c.courses(), c.demand(), c.gap()))
            .toList());
  }

  /**
   * How one provider's published courses cover a framework: the share of competency × level pairs
   * with at least one of them (that provider, or the steward). One statement.
   */
  public ProviderCoverage coverage(Caller caller, String providerId, String frameworkCode) {
    if (providerId == null || !policy.maySeeProvisionOf(caller, providerId)) {
      throw new NotVisibleException("organisation");
    }
    FrameworkSnapshot framework = framework(frameworkCode);
    Map<String, Map<String, Integer>> mapped = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery(Course.PROVISION_OF_PROVIDER, Object[].class)
            .setParameter("provider", providerId)
            .getResultList()) {
      mapped
          .computeIfAbsent((String) row[0], k -> new HashMap<>())
          .merge((String) row[1], ((Number) row[2]).intValue(), Math::max);
    }
    Map<String, Long> counts = new HashMap<>();
    mapped.values().forEach(levels -> count(framework, levels, counts));
    List<ProviderCoverage.Domain> domains = new ArrayList<>();
    int pairs = 0;
    int covered = 0;
    for (DomainView domain : framework.outline().domains()) {
      int domainPairs = 0;
      int domainCovered = 0;
      for (CompetencyView competency : domain.competencies()) {
        for (int level = 1; level <= framework.topLevel(); level++) {
          domainPairs++;
          if (counts.getOrDefault(key(competency.id(), level), 0L) > 0) {
            domainCovered++;
          }
        }
      }
      domains.add(
          new ProviderCoverage.Domain(
              domain.code(),
              domain.title(),
              domainPairs,
              domainCovered,
              ProviderCoverage.share(domainCovered, domainPairs)));
      pairs += domainPairs;
      covered += domainCovered;
    }
    return new ProviderCoverage(
        providerId,
        framework.code(),
        pairs,
        covered,
        ProviderCoverage.share(covered, pairs),
        domains);
  }

  private FrameworkSnapshot framework(String code) {
    Optional<FrameworkSnapshot> framework =
        code == null || code.isBlank() ? frameworks.current() : frameworks.current(code.strip());
    return framework.orElseThrow(
        () ->
            InvalidInputException.of(
                "framework",
                "catalogue.no_framework",
                code == null ? "" : code,
                frameworks.all().stream()
                    .map(FrameworkSnapshot::code)
                    .collect(Collectors.joining(", "))));
  }

  /**
   * Counts one course in the cells of a framework version it is mapped at: its own mappings, and a
   * mapping to an earlier version's competency for the competencies continuing it that the course
   * is not mapped to itself (PRODUCT.md: Versions).
   */
  private static void count(
      FrameworkSnapshot framework, Map<String, Integer> levels, Map<String, Long> counts) {
    framework
        .carriedLevels(levels)
        .forEach((competencyId, level) -> counts.merge(key(competencyId, level), 1L, Long::sum));
  }

  private static String key(String competencyId, int level) {
    return competencyId + "#" + level;
  }

  /** The conditions of a search, its parameters put in {@code parameters}. */
  private String where(Caller caller, CourseQuery query, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    String own = caller.organisationId();
    boolean provider = policy.mayChangeCourse(caller, own);
    if (query.status() != null) {
      conditions.add("c.status = :status");
      parameters.put("status", query.status());
      if (query.status() != CourseStatus.PUBLISHED) {
        conditions.add(provider ? "p.id = :own" : "1 = 0");
        if (provider) {
          parameters.put("own", own);
        }
      }
    } else if (provider) {
      conditions.add("(c.status = :published or (c.status = :draft and p.id = :own))");
      parameters.put("published", CourseStatus.PUBLISHED);
      parameters.put("draft", CourseStatus.DRAFT);
      parameters.put("own", own);
    } else {
      conditions.add("c.status = :published");
      parameters.put("published", CourseStatus.PUBLISHED);
    }
    mappingCondition(query, conditions, parameters);
    if (query.provider() != null) {
      conditions.add("p.id = :provider");
      parameters.put("provider", query.provider());
    }
    if (query.deliveryMode() != null) {
      conditions.add("c.deliveryMode = :mode");
      parameters.put("mode", query.deliveryMode());
    }
    if (query.words() != null) {
      String[] words = query.words().toLowerCase(Locale.ROOT).split("\\s+");
      for (int i = 0; i < words.length && i < 10; i++) {
        String parameter = "w" + i;
        conditions.add(
            "(lower(c.title) like :%1$s escape '\\' or lower(c.description) like :%1$s escape '\\'"
                    .formatted(parameter)
                + " or lower(c.code) like :%s escape '\\')".formatted(parameter));
        parameters.put(parameter, "%" + escapeLike(words[i]) + "%");
      }
    }
    return " where " + String.join(" and ", conditions);
  }

  private void mappingCondition(
      CourseQuery query, List<String> conditions, Map<String, Object> parameters) {
    if (query.competency() == null && query.level() == null) {
      return;
    }
    FrameworkSnapshot framework = framework(query.framework());
    List<String> mapped = new ArrayList<>();
    if (query.competency() != null) {
      CompetencyView competency =
          framework
              .competency(query.competency())
              .orElseThrow(
                  () ->
                      InvalidInputException.of(
                          "competency",
                          "catalogue.competency_unknown",
                          query.competency(),
                          framework.code(),
                          framework.version()));
      // a course mapped to a competency this one continues counts as mapped to it
      mapped.add("m.competencyId in :competencies");
      parameters.put("competencies", framework.lineage(competency.id()));
    } else {
      mapped.add("m.competencyId in :competencies");
      parameters.put(
          "competencies",
          framework.outline().domains().stream()
              .flatMap(d -> d.competencies().stream())
              .flatMap(c -> framework.lineage(c.id()).stream())
              .toList());
    }
    if (query.level() != null) {
      if (!framework.hasLevel(query.level())) {
        throw InvalidInputException.of(
            "level",
            "catalogue.level_outside",
            String.valueOf(query.level()),
            framework.code(),
            framework.topLevel());
      }
      mapped.add("m.level = :level");
      parameters.put("level", query.level());
    }
    conditions.add(
        "c.id in (select c2.id from Course c2 join c2.mappings m where "
            + String.join(" and ", mapped)
            + ")");
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Optional<Course> visible(Caller caller, String courseId) {
    if (courseId == null || courseId.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Course.class, courseId))
        .filter(c -> policy.maySeeCourse(caller, c.getProvider().getId(), c.isPublished()));
  }

  private Course changeable(Caller caller, String courseId) {
    Course course = visible(caller, courseId).orElseThrow(() -> new NotVisibleException("course"));
    if (!policy.mayChangeCourse(caller, course.getProvider().getId())) {
      throw new AccessDeniedException("catalogue.not_your_course");
    }
    return course;
  }

  private void checkCode(
      String providerId, String code, String exceptCourse, Map<String, String> errors) {
    if (code == null) {
      return;
    }
    long taken =
        em.createNamedQuery(Course.COUNT_BY_PROVIDER_AND_CODE, Long.class)
            .setParameter("provider", providerId)
            .setParameter("code", code)
            .setParameter("except", exceptCourse)
            .getSingleResult();
    if (taken > 0) {
      errors.put("code", Messages.format("catalogue.code_taken", code));
    }
  }

  private List<CourseMapping> mappings(List<MappingInput> inputs, Map<String, String> errors) {
    if (inputs == null) {
      return List.of();
    }
    return new MappingResolver(frameworks).resolve(inputs, "mappings", errors);
  }

  static boolean describe(Course course, CourseDetails details) {
    return course.describe(
        details.code(),
        details.title(),
        details.description(),
        details.deliveryMode(),
        details.hours(),
        details.cpdHours(),
        details.accreditation(),
        details.url());
  }

  private void flushChecked() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersionException("course");
    }
  }

  /** Course rows of {@link #COURSE_COLUMNS} with their mappings, read in one more statement. */
  private List<CourseView> views(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<MappingView>> mappings = new HashMap<>();
    for (Object[] m :
        em.createNamedQuery(Course.MAPPINGS_OF, Object[].class)
            .setParameter("ids", rows.stream().map(r -> (String) r[0]).toList())
            .getResultList()) {
      mappings
          .computeIfAbsent((String) m[0], id -> new ArrayList<>())
          .add(
              new MappingView(
                  (String) m[1],
                  ((Number) m[2]).intValue(),
                  (MappingStrength) m[3],
                  frameworkOf((String) m[4])));
    }
    return rows.stream()
        .map(
            r ->
                new CourseView(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (DeliveryMode) r[4],
                    (BigDecimal) r[5],
                    (BigDecimal) r[6],
                    (String) r[7],
                    (String) r[8],
                    (CourseStatus) r[9],
                    (String) r[10],
                    (String) r[11],
                    ((Number) r[12]).longValue(),
                    mappings.getOrDefault((String) r[0], List.of())))
        .toList();
  }

  /** The code of the current framework that has the competency, or null when none has. */
  private String frameworkOf(String competencyId) {
    return frameworks.all().stream()
        .filter(f -> f.competencyById(competencyId).isPresent())
        .map(FrameworkSnapshot::code)
        .findFirst()
        .orElse(null);
  }

  CourseView view(Course course) {
    Organisation provider = course.getProvider();
    return new CourseView(
        course.getId(),
        course.getCode(),
        course.getTitle(),
        course.getDescription(),
        course.getDeliveryMode(),
        course.getHours(),
        course.getCpdHours(),
        course.getAccreditation(),
        course.getUrl(),
        course.getStatus(),
        provider.getId(),
        provider.getName(),
        course.getLockVersion(),
        course.getMappings().stream()
            .map(
                m ->
                    new MappingView(
                        m.getCompetencyCode(),
                        m.getLevel(),
                        m.getStrength(),
                        frameworkOf(m.getCompetencyId())))
            .sorted(java.util.Comparator.comparing(MappingView::competency))
            .toList());
  }
}
