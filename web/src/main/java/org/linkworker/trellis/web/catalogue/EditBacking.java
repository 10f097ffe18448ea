package org.linkworker.trellis.web.catalogue;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linkworker.trellis.catalogue.boundary.CourseDetails;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /catalogue/edit.xhtml}: a provider writes a new course, or with {@code ?id=} changes
 * one of theirs, its status included, and deletes it (a draft is deleted, a published course
 * withdrawn). Mappings are edited in the alignment matrix. A course changed by someone else since
 * the form was opened is not overwritten: the form says so.
 *
 * <p>View scoped for the version read and the course's mappings, which the form sends back as they
 * were; held in serialisable fields only.
 */
@Named
@ViewScoped
public class EditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The boundary's field names and the inputs that hold them. */
  static final Map<String, String> INPUTS =
      Map.of(
          "code", "code",
          "title", "title",
          "description", "description",
          "deliveryMode", "delivery-mode",
          "hours", "hours",
          "cpdHours", "cpd-hours",
          "accreditation", "accreditation",
          "url", "url",
          "status", "status");

  private CourseService courses;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String id;
  private long version;
  private boolean editing;

  private String code;
  private String title;
  private String description;
  private DeliveryMode deliveryMode;
  private BigDecimal hours;
  private BigDecimal cpdHours;
  private String accreditation;
  private String url;
  private CourseStatus status = CourseStatus.DRAFT;
  private CourseStatus storedStatus = CourseStatus.DRAFT;

  @Inject
  public EditBacking(CourseService courses, AccessPolicy policy, CurrentCaller currentCaller) {
    this.courses = courses;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected EditBacking() {}

  /** The page's view action. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback()) {
      return;
    }
    Caller caller = currentCaller.get();
    if (id == null || id.isBlank()) {
      if (!policy.mayChangeCourse(caller, caller.organisationId())) {
        Refusals.forbidden(context);
      }
      return;
    }
    Optional<CourseView> found = courses.find(caller, id);
    if (found.isEmpty()) {
      Refusals.notFound(context);
      return;
    }
    CourseView course = found.get();
    if (!policy.mayChangeCourse(caller, course.provider())) {
      Refusals.forbidden(context);
      return;
    }
    editing = true;
    version = course.version();
    code = course.code();
    title = course.title();
    description = course.description();
    deliveryMode = course.deliveryMode();
    hours = course.hours();
    cpdHours = course.cpdHours();
    accreditation = course.accreditation();
    url = course.url();
    status = course.status();
    storedStatus = course.status();
  }

  /** The form's save button. */
  public void save() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    CourseDetails details =
        new CourseDetails(
            code,
            title,
            description,
            deliveryMode,
            hours,
            cpdHours,
            accreditation,
            url,
            status,
            null);
    CourseView saved;
    try {
      saved =
          editing
              ? courses.update(currentCaller.get(), id, version, details)
              : courses.create(currentCaller.get(), details);
    } catch (InvalidInputException invalid) {
      FieldMessages.show(context, invalid, INPUTS);
      return;
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(context, InvalidInputException.of(invalid), INPUTS);
      return;
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return;
    }
    redirect(context, "/catalogue/course.xhtml?id=" + encode(saved.id()) + "&done=saved");
  }

  /** The delete button: a draft is deleted, a published course withdrawn. */
  public void delete() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Optional<CourseView> left;
    try {
      left = courses.delete(currentCaller.get(), id);
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return;
    }
    redirect(
        context,
        left.isPresent()
            ? "/catalogue/course.xhtml?id=" + encode(id) + "&done=withdrawn"
            : "/catalogue/matrix.xhtml?done=deleted");
  }

  private static void redirect(FacesContext context, String path) throws IOException {
    ExternalContext external = context.getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The statuses the course may be given from where it is. */
  public List<CourseStatus> getStatuses() {
    return switch (storedStatus) {
      case DRAFT -> List.of(CourseStatus.DRAFT, CourseStatus.PUBLISHED);
      case PUBLISHED, WITHDRAWN -> List.of(CourseStatus.PUBLISHED, CourseStatus.WITHDRAWN);
    };
  }

  public List<DeliveryMode> getModes() {
    return Arrays.asList(DeliveryMode.values());
  }

  /** Whether deleting would delete (a draft) rather than withdraw. */
  public boolean isDraft() {
    return storedStatus == CourseStatus.DRAFT;
  }

  public boolean isWithdrawn() {
    return storedStatus == CourseStatus.WITHDRAWN;
  }

  public boolean isEditing() {
    return editing;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(DeliveryMode deliveryMode) {
    this.deliveryMode = deliveryMode;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public BigDecimal getCpdHours() {
    return cpdHours;
  }

  public void setCpdHours(BigDecimal cpdHours) {
    this.cpdHours = cpdHours;
  }

  public String getAccreditation() {
    return accreditation;
  }

  public void setAccreditation(String accreditation) {
    this.accreditation = accreditation;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public CourseStatus getStatus() {
    return status;
  }

  public void setStatus(CourseStatus status) {
    this.status = status;
  }
}
