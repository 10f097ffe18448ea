package org.linkworker.trellis.web.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.boundary.MappingView;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.CompetencyView;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.framework.ElementIds;
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
  private CurrentFrameworks frameworks;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String id;
  private String done;
  private CourseView course;
  private List<Mapped> mapped = List.of();
  private boolean changeable;

  /**
   * One mapping as the page shows it: the competency with its statement, and where the framework
   * browser shows it ({@code query}: the framework and version to open, empty for the default
   * framework; {@code anchor}: its element id there).
   */
  public record Mapped(
      String competency,
      String statement,
      String query,
      String anchor,
      int level,
      String strength) {}

  @Inject
  public CourseBacking(
      CourseService courses,
      CurrentFrameworks frameworks,
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
    // Each mapping names a competency of its own framework: several run side by side.
    Optional<FrameworkSnapshot> byDefault = frameworks.current();
    List<Mapped> list = new ArrayList<>();
    for (MappingView m : course.mappings()) {
      Optional<FrameworkSnapshot> framework =
          m.framework() == null ? byDefault : frameworks.current(m.framework());
      String statement =
          framework
              .flatMap(f -> f.competency(m.competency()))
              .map(CompetencyView::statement)
              .orElse(m.competency());
      String query =
          framework.isEmpty() || framework.equals(byDefault)
              ? ""
              : "?code="
                  + URLEncoder.encode(framework.get().code(), StandardCharsets.UTF_8)
                  + "&version="
                  + URLEncoder.encode(framework.get().version(), StandardCharsets.UTF_8);
      list.add(
          new Mapped(
              m.competency(),
              statement,
              query,
              ElementIds.competency(m.competency()),
              m.level(),
              m.strength().name()));
    }
    mapped = list;
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
