package org.linkworker.trellis.web.framework;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.linkworker.trellis.authoring.boundary.VersionDiff;
import org.linkworker.trellis.authoring.boundary.VersionDiff.ChangeKind;
import org.linkworker.trellis.authoring.boundary.VersionDiff.VersionChange;
import org.linkworker.trellis.authoring.boundary.VersionDiffService;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.framework.boundary.FrameworkSummary;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.platform.Blank;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.NotVisibleException;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.platform.export.PdfLayout;
import org.linkworker.trellis.web.faces.Downloads;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /framework/diff.xhtml?code=&version=&from=}: for the steward, what changed from one
 * version of a framework to a later one (splits, merges, changes, new and retired competencies, the
 * unchanged only counted) and how many workers, CPD entries and courses each change touches. The
 * version defaults to the code's newest, {@code from} to the version below it; {@code ?format=csv}
 * (or {@code pdf}) downloads the diff as the API gives it with {@code Accept: text/csv} (or {@code
 * application/pdf}).
 *
 * <p>Request scoped: the choice of versions is a GET form, so every diff has an address.
 */
@Named
@RequestScoped
public class FrameworkDiffBacking {

  private VersionDiffService diffs;
  private FrameworkService frameworks;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String code;
  private String version;
  private String from;
  private String format;
  private String title;
  private List<String> versions = List.of();
  private VersionDiff diff;

  @Inject
  public FrameworkDiffBacking(
      VersionDiffService diffs,
      FrameworkService frameworks,
      AccessPolicy policy,
      CurrentCaller currentCaller) {
    this.diffs = diffs;
    this.frameworks = frameworks;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected FrameworkDiffBacking() {}

  /** The page's view action: the steward's page, for a framework code that exists. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!policy.mayAuthorFrameworks(currentCaller.get())) {
      Refusals.forbidden(context);
      return;
    }
    String asked = Blank.orNull(code) == null ? null : code.strip();
    // newest first: the list's order within a code
    List<FrameworkSummary> ofCode =
        asked == null
            ? List.of()
            : frameworks.list().stream().filter(f -> f.code().equals(asked)).toList();
    if (ofCode.isEmpty()) {
      Refusals.notFound(context);
      return;
    }
    code = asked;
    title = ofCode.get(0).title();
    versions = ofCode.stream().map(FrameworkSummary::version).toList();
    if (Blank.orNull(version) == null) {
      version = versions.get(0);
    }
    version = version.strip();
    if (Blank.orNull(from) == null) {
      from = null;
    }
    try {
      diff = diffs.diff(currentCaller.get(), code, version, from, false);
    } catch (InvalidInputException invalid) {
      FieldMessages.error(
          context, "from", invalid.fieldErrors().getOrDefault("from", invalid.getMessage()));
      return;
    } catch (NotVisibleException missing) {
      if (!versions.contains(version)) {
        Refusals.notFound(context);
        return;
      }
      // a version with none before it, or an earlier version that is not there
      FieldMessages.error(context, "from", missing.getMessage());
      return;
    }
    from = diff.from();
    if ("csv".equals(Blank.orNull(format))) {
      Downloads.send(
          context, Csv.MEDIA_TYPE, VersionDiffService.fileName(diff) + ".csv", diffs.csv(diff));
    } else if ("pdf".equals(Blank.orNull(format))) {
      byte[] pdf = diffs.pdf(diff);
      Downloads.send(
          context,
          PdfLayout.MEDIA_TYPE,
          VersionDiffService.fileName(diff) + ".pdf",
          pdf.length,
          new java.io.ByteArrayInputStream(pdf));
    }
  }

  /** The kinds of change in the order the summary names them, with their counts. */
  public List<KindCount> getCounts() {
    if (diff == null) {
      return List.of();
    }
    return List.of(
            ChangeKind.SPLIT,
            ChangeKind.MERGED,
            ChangeKind.CHANGED,
            ChangeKind.NEW,
            ChangeKind.RETIRED,
            ChangeKind.UNCHANGED)
        .stream()
        .map(k -> new KindCount(k.name(), diff.counts().of(k)))
        .toList();
  }

  /** One kind of change and how many there are. */
  public record KindCount(String kind, int count) {}

  /** The changes, unchanged competencies left out. */
  public List<VersionChange> getChanges() {
    return diff == null ? List.of() : diff.changes();
  }

  /** Whether a diff was read (false when the versions chosen cannot be compared). */
  public boolean isShown() {
    return diff != null;
  }

  /** Whether the versions differ in anything but competencies carried over as they were. */
  public boolean isAnyDifference() {
    return diff != null && diff.counts().hasDifferences();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  /** The framework's title (its newest version's). */
  public String getTitle() {
    return title;
  }

  /** The code's versions, newest first. */
  public List<String> getVersions() {
    return versions;
  }
}
