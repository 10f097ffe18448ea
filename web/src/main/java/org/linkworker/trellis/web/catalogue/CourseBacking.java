package org.linkworker.trellis.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.boundary.MappingView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.DomainView;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.framework.ElementIds;
import org.linkworker.trellis.web.framework.FrameworkLookup;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /catalogue/course.xhtml?id=<course>}: one course with the competencies it develops,
 * each linked to its place in the framework browser. A course the caller may not see (another
 * provider's draft) is not found.
 */
@Named
@RequestScoped
public class CourseBacking {

  private CourseService courses;
  private FrameworkLookup frameworks;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String id;
  private String done;
  private CourseView course;
  private List<Mapped> mapped = List.of();
  private boolean changeable;

  /**
   * One mapping as the page shows it: the competency with its statement and its element id in the
   * framework browser.
   */
  public record Mapped(
      String competency, String statement, String anchor, int level, String strength) {}

  @Inject
  public CourseBacking(
      CourseService courses,
      FrameworkLookup frameworks,
      AccessPolicy policy,
      CurrentCaller currentCaller) {
    this.courses = courses;
    this.frameworks = frameworks;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected CourseBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    Caller caller = currentCaller.get();
    Optional<CourseView> found = id == null ? Optional.empty() : courses.find(caller, id);
    if (found.isEmpty()) {
      Refusals.notFound(context);
      return;
    }
    course = found.get();
    changeable = policy.mayChangeCourse(caller, course.provider());
    Optional<FrameworkOutline> framework = frameworks.current();
    List<Mapped> list = new ArrayList<>();
    for (MappingView m : course.mappings()) {
      String statement =
          framework.flatMap(f -> statement(f, m.competency())).orElse(m.competency());
      list.add(
          new Mapped(
              m.competency(),
              statement,
              ElementIds.competency(m.competency()),
              m.level(),
              m.strength().name()));
    }
    mapped = list;
  }

  private static Optional<String> statement(FrameworkOutline framework, String code) {
    for (DomainView domain : framework.domains()) {
      for (CompetencyView c : domain.competencies()) {
        if (c.code().equals(code)) {
          return Optional.of(c.statement());
        }
      }
    }
    return Optional.empty();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getDone() {
    return done;
  }

  /** What the previous request did: "saved" or "withdrawn"; anything else is ignored. */
  public void setDone(String done) {
    this.done = "saved".equals(done) || "withdrawn".equals(done) ? done : null;
  }

  public CourseView getCourse() {
    return course;
  }

  public List<Mapped> getMapped() {
    return mapped;
  }

  /** Whether the caller is of the course's provider, who may edit it. */
  public boolean isChangeable() {
    return changeable;
  }
}
