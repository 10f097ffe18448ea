package org.linkworker.trellis.web.framework;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.linkworker.trellis.authoring.boundary.FrameworkAuthoringService;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkOutline.StageView;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.framework.boundary.StageDraft;
import org.linkworker.trellis.framework.entity.FrameworkStatus;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.TrellisException;
import org.linkworker.trellis.web.faces.FieldMessages;
import org.linkworker.trellis.web.faces.Refusals;
import org.linkworker.trellis.web.i18n.Texts;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Backs {@code /framework/draft.xhtml?code=&version=}: the steward gives a draft framework its
 * career stages (a column each: code, title, and the level each competency requires, or none),
 * saves them, and publishes the draft, current for its code or not. A version that is no longer a
 * draft is shown read-only with the way to its stage profiles.
 *
 * <p>View scoped: the columns being edited live across the add, remove and save presses.
 */
@Named
@ViewScoped
public class DraftBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern STAGE_FIELD = Pattern.compile("stages\\[(\\d+)]\\.(code|title)");

  private FrameworkService frameworks;
  private FrameworkAuthoringService authoring;
  private AccessPolicy policy;
  private CurrentCaller currentCaller;

  private String code;
  private String version;
  private Heading framework;
  private List<CompetencyRow> competencies = List.of();
  private List<LevelChoice> levelChoices = List.of();
  private List<StageColumn> columns = new ArrayList<>();
  private boolean makeCurrent = true;
  private boolean saved;
  private boolean copied;
  // the stages of the version current now, carried to this draft's competencies (none: no such)
  private List<StageDraft> carried = List.of();

  /** One stage being edited: its code, title, and level required by competency code ("" none). */
  public static final class StageColumn implements Serializable {
    private static final long serialVersionUID = 1L;
    private String code;
    private String title;
    private final Map<String, String> levels = new HashMap<>();

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

    public Map<String, String> getLevels() {
      return levels;
    }
  }

  @Inject
  public DraftBacking(
      FrameworkService frameworks,
      FrameworkAuthoringService authoring,
      AccessPolicy policy,
      CurrentCaller currentCaller) {
    this.frameworks = frameworks;
    this.authoring = authoring;
    this.policy = policy;
    this.currentCaller = currentCaller;
  }

  /** For the CDI client proxy only. */
  protected DraftBacking() {}

  /** The page's view action: the steward's page, for a version that exists. */
  public void load() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback()) {
      return;
    }
    if (!policy.mayAuthorFrameworks(currentCaller.get())) {
      Refusals.forbidden(context);
      return;
    }
    if (code == null || version == null || code.isBlank() || version.isBlank()) {
      Refusals.notFound(context);
      return;
    }
    FrameworkOutline outline = frameworks.find(code.strip(), version.strip()).orElse(null);
    if (outline == null) {
      Refusals.notFound(context);
      return;
    }
    show(outline);
    if (isDraft()) {
      carried =
          List.copyOf(
              authoring.stagesCarriedTo(currentCaller.get(), code.strip(), version.strip()));
    }
  }

  /** Replaces the columns with the current version's stages carried to this draft. */
  public void copyStages() {
    saved = false;
    columns = new ArrayList<>();
    for (StageDraft stage : carried) {
      StageColumn column = new StageColumn();
      column.setCode(stage.code());
      column.setTitle(stage.title());
      stage
          .requirements()
          .forEach((competency, level) -> column.levels.put(competency, "" + level));
      columns.add(column);
    }
    copied = true;
  }

  /** Whether another version of the framework is current, whose stages could be copied. */
  public boolean isCarriedStagesAvailable() {
    return !carried.isEmpty();
  }

  public boolean isCopied() {
    return copied;
  }

  /** Keeps what the page shows of the version, and its stages as editable columns. */
  private void show(FrameworkOutline outline) {
    framework = new Heading(outline.code(), outline.version(), outline.title(), outline.status());
    competencies =
        outline.domains().stream()
            .flatMap(d -> d.competencies().stream())
            .map(c -> new CompetencyRow(c.code(), c.statement()))
            .toList();
    List<LevelChoice> choices = new ArrayList<>();
    choices.add(new LevelChoice("", Texts.text("framework_draft.notRequired")));
    outline
        .levels()
        .forEach(l -> choices.add(new LevelChoice("" + l.number(), l.number() + " " + l.name())));
    levelChoices = List.copyOf(choices);
    columns = new ArrayList<>();
    for (StageView stage : outline.stages()) {
      StageColumn column = new StageColumn();
      column.setCode(stage.code());
      column.setTitle(stage.title());
      stage
          .requirements()
          .forEach((competency, level) -> column.levels.put(competency, "" + level));
      columns.add(column);
    }
  }

  /** Adds an empty stage after the others. */
  public void addStage() {
    saved = false;
    copied = false;
    columns.add(new StageColumn());
  }

  /** Takes away the last stage (nothing is stored until the stages are saved). */
  public void removeLastStage() {
    saved = false;
    if (!columns.isEmpty()) {
      columns.remove(columns.size() - 1);
    }
  }

  /** Saves the stages as they stand. */
  public void save() {
    copied = false;
    FacesContext context = FacesContext.getCurrentInstance();
    saved = store(context);
  }

  /** Saves the stages, then publishes the draft and goes to its stage profiles. */
  public String publish() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (!store(context)) {
      return null;
    }
    try {
      authoring.publish(currentCaller.get(), framework.code(), framework.version(), makeCurrent);
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
      return null;
    }
    return "/framework/stages?faces-redirect=true&code="
        + framework.code()
        + "&version="
        + framework.version();
  }

  private boolean store(FacesContext context) {
    List<StageDraft> stages = new ArrayList<>();
    for (StageColumn column : columns) {
      Map<String, Integer> requirements = new LinkedHashMap<>();
      column.levels.forEach(
          (competency, level) -> {
            if (level != null && !level.isBlank()) {
              requirements.put(competency, Integer.valueOf(level));
            }
          });
      stages.add(new StageDraft(column.getCode(), column.getTitle(), requirements));
    }
    try {
      show(
          authoring.replaceStages(
              currentCaller.get(), framework.code(), framework.version(), stages));
      return true;
    } catch (InvalidInputException invalid) {
      invalid
          .fieldErrors()
          .forEach(
              (field, message) -> {
                Matcher matcher = STAGE_FIELD.matcher(field);
                String clientId =
                    matcher.matches()
                        ? "stages:" + matcher.group(1) + ":stage-" + matcher.group(2)
                        : null;
                context.addMessage(
                    clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
              });
      context.validationFailed();
    } catch (TrellisException refused) {
      FieldMessages.error(context, null, refused.getMessage());
    }
    return false;
  }

  /** The level choices of a cell: none, then each level of the framework. */
  public List<LevelChoice> getLevelChoices() {
    return levelChoices;
  }

  /** The label of a stage's code field. */
  public String codeLabel(int stageIndex) {
    return Texts.text("framework_draft.stageCode", stageIndex + 1);
  }

  /** The label of a stage's title field. */
  public String titleLabel(int stageIndex) {
    return Texts.text("framework_draft.stageTitle", stageIndex + 1);
  }

  /** What a screen reader says for one cell: the competency and the stage. */
  public String cellLabel(String competency, int stageIndex) {
    StageColumn column = columns.get(stageIndex);
    String stage =
        column.getTitle() == null || column.getTitle().isBlank()
            ? Texts.text("framework_draft.stageNumber", stageIndex + 1)
            : column.getTitle();
    return Texts.text("framework_draft.cell", competency, stage);
  }

  /** Every competency of the draft, domain by domain. */
  public List<CompetencyRow> getCompetencies() {
    return competencies;
  }

  /** A choice of level in a cell. */
  public record LevelChoice(String value, String label) implements Serializable {}

  /** The version the page is about. */
  public record Heading(String code, String version, String title, FrameworkStatus status)
      implements Serializable {}

  /** A row of the editor: a competency. */
  public record CompetencyRow(String code, String statement) implements Serializable {}

  public boolean isDraft() {
    return framework != null && framework.status() == FrameworkStatus.DRAFT;
  }

  public Heading getFramework() {
    return framework;
  }

  public List<StageColumn> getColumns() {
    return columns;
  }

  public boolean isSaved() {
    return saved;
  }

  public boolean isMakeCurrent() {
    return makeCurrent;
  }

  public void setMakeCurrent(boolean makeCurrent) {
    this.makeCurrent = makeCurrent;
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
}
