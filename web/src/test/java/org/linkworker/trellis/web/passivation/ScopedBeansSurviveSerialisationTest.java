package org.linkworker.trellis.web.passivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.SampleFramework;
import org.linkworker.trellis.authoring.boundary.FrameworkAuthoringService;
import org.linkworker.trellis.catalogue.boundary.CourseDetails;
import org.linkworker.trellis.catalogue.boundary.CourseImportService;
import org.linkworker.trellis.catalogue.boundary.CourseService;
import org.linkworker.trellis.catalogue.boundary.CourseView;
import org.linkworker.trellis.catalogue.boundary.MappingView;
import org.linkworker.trellis.catalogue.boundary.ProviderCoverage;
import org.linkworker.trellis.catalogue.entity.CourseStatus;
import org.linkworker.trellis.catalogue.entity.DeliveryMode;
import org.linkworker.trellis.catalogue.entity.MappingStrength;
import org.linkworker.trellis.framework.boundary.CurrentFrameworks;
import org.linkworker.trellis.framework.boundary.FrameworkImportPreview;
import org.linkworker.trellis.framework.boundary.FrameworkImportRequest;
import org.linkworker.trellis.framework.boundary.FrameworkOutline;
import org.linkworker.trellis.framework.boundary.FrameworkService;
import org.linkworker.trellis.framework.boundary.FrameworkSnapshot;
import org.linkworker.trellis.framework.boundary.FrameworkSummary;
import org.linkworker.trellis.framework.boundary.StageDraft;
import org.linkworker.trellis.identity.boundary.AccessPolicy;
import org.linkworker.trellis.identity.boundary.AccountService;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.OrganisationView;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.boundary.PersonChange;
import org.linkworker.trellis.identity.boundary.PersonView;
import org.linkworker.trellis.identity.boundary.TokenView;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.imports.boundary.ImportService;
import org.linkworker.trellis.imports.boundary.ImportView;
import org.linkworker.trellis.imports.entity.ImportKind;
import org.linkworker.trellis.platform.Page;
import org.linkworker.trellis.platform.data.DataFile;
import org.linkworker.trellis.portfolio.boundary.CpdImportService;
import org.linkworker.trellis.portfolio.boundary.EntryAccess;
import org.linkworker.trellis.portfolio.boundary.EntryInput;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.web.catalogue.EditBacking;
import org.linkworker.trellis.web.catalogue.ImportBacking;
import org.linkworker.trellis.web.catalogue.MatrixBacking;
import org.linkworker.trellis.web.framework.DraftBacking;
import org.linkworker.trellis.web.framework.FrameworkImportBacking;
import org.linkworker.trellis.web.framework.FrameworkLookup;
import org.linkworker.trellis.web.identity.PeopleBacking;
import org.linkworker.trellis.web.identity.PeopleBacking.PersonRow;
import org.linkworker.trellis.web.identity.TokensBacking;
import org.linkworker.trellis.web.identity.TokensBacking.TokenRow;
import org.linkworker.trellis.web.portfolio.EntryFormBacking;
import org.linkworker.trellis.web.security.CurrentCaller;

/**
 * Each view-scoped bean, in the state a person leaves it in, is written as its session would be and
 * read back "on another server", where its postbacks must still do what the person asked. The
 * boundaries and scoped beans it was given travel the way the container's proxies do: as a
 * reference, resolved on the other side to that server's own instance.
 */
class ScopedBeansSurviveSerialisationTest {

  /** The beans this test restores; PassivationCapabilityTest holds it to every scanned bean. */
  static final Set<Class<?>> COVERED =
      Set.of(
          PeopleBacking.class,
          TokensBacking.class,
          EditBacking.class,
          MatrixBacking.class,
          ImportBacking.class,
          EntryFormBacking.class,
          org.linkworker.trellis.web.portfolio.ImportBacking.class,
          FrameworkImportBacking.class,
          DraftBacking.class);

  private static final Caller EMMA =
      new Caller("emma.employer", "Emma", Set.of(Role.EMPLOYER), "org-1");
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private FakeFaces faces;

  @BeforeEach
  void startRequest() {
    faces = FakeFaces.install();
  }

  @AfterEach
  void endRequest() {
    faces.release();
  }

  @Test
  void aPersonOpenedForEditingIsSavedAfterTheSessionMovedServers() throws Exception {
    Server first = new Server();
    PeopleBacking page = first.peoplePage();
    page.setId("org-1");
    page.setEdit("alex.link");
    page.load();
    page.setEditStage("SENIOR");

    Server second = new Server();
    PeopleBacking restored = first.moveTo(second, page);
    restored.save();

    assertThat(second.people.changes)
        .containsExactly(
            "alex.link " + new PersonChange(null, null, "SENIOR", "sam.supervisor", 7));
    assertThat(faces.redirectedTo)
        .isEqualTo("/organisation/people.xhtml?id=org-1&offset=0&done=saved");
    assertThat(restored.getEditing().displayName()).isEqualTo("Alex Link");
    assertThat(restored.getOrganisationName()).isEqualTo("Riverside");
  }

  @Test
  void aRowsButtonActsOnThePersonShownAfterTheSessionMovedServers() throws Exception {
    Server first = new Server();
    PeopleBacking page = first.peoplePage();
    page.setId("org-1");
    page.load();
    List<PersonRow> shown = page.getRows();

    Server second = new Server();
    second.people.people.add(0, person("zoe.new", "Aaron Added Meanwhile", 1));
    PeopleBacking restored = first.moveTo(second, page);

    assertThat(restored.getRows()).isEqualTo(shown);
    assertThat(restored.getStages()).isEqualTo(page.getStages()).isNotEmpty();
    assertThat(restored.getSupervisors()).isEqualTo(page.getSupervisors()).isNotEmpty();
    assertThat(restored.getWindow()).isEqualTo(page.getWindow());
    restored.deactivate(restored.getRows().get(0));
    assertThat(second.people.deactivated).containsExactly(shown.get(0).username());
    assertThat(second.people.reads).isZero();
  }

  @Test
  void aPasswordTypedIntoTheAddFormIsNeverWrittenWithTheSession() throws Exception {
    Server first = new Server();
    PeopleBacking page = first.peoplePage();
    page.setId("org-1");
    page.load();
    page.setNewUsername("nia.new");
    page.setNewPassword("a-secret-passphrase-2026");

    byte[] written = first.write(page);

    assertThat(new String(written, StandardCharsets.ISO_8859_1))
        .contains("nia.new")
        .doesNotContain("a-secret-passphrase-2026");
    assertThat(new Server().read(written, PeopleBacking.class).getNewPassword()).isNull();
  }

  @Test
  void aTokenIsRevokedFromTheRowShownAfterTheSessionMovedServers() throws Exception {
    Server first = new Server();
    TokensBacking page = first.tokensPage();
    page.load();
    List<TokenRow> shown = page.getTokens();

    Server second = new Server();
    second.accounts.tokens.add(0, new TokenView("t-new", "issued meanwhile", NOW, null, null));
    TokensBacking restored = first.moveTo(second, page);

    assertThat(restored.getTokens()).isEqualTo(shown);
    assertThat(restored.revoke(restored.getTokens().get(1))).contains("revoked=true");
    assertThat(second.accounts.revoked).containsExactly("t-2");
    assertThat(second.accounts.reads).isZero();
  }

  private static final Caller PAT =
      new Caller("pat.provider", "Pat", Set.of(Role.PROVIDER), "prov-1");

  @Test
  void aCourseOpenedForEditingIsSavedWithTheVersionReadAfterTheSessionMovedServers()
      throws Exception {
    Server first = new Server();
    EditBacking page = first.editPage();
    page.setId("course-1");
    page.load();
    page.setTitle("Listening well, revised");

    Server second = new Server();
    EditBacking restored = first.moveTo(second, page);
    restored.save();

    assertThat(second.courses.updates).containsExactly("course-1 v4 Listening well, revised []");
    assertThat(faces.redirectedTo).isEqualTo("/catalogue/course.xhtml?id=course-1&done=saved");
  }

  @Test
  void aMatrixColumnOpenedForEditingIsSavedAfterTheSessionMovedServers() throws Exception {
    Server first = new Server();
    MatrixBacking page = first.matrixPage();
    page.setEdit("course-1");
    page.load();
    page.getChoices().put("CC.1", "2:ASSESSES");

    Server second = new Server();
    MatrixBacking restored = first.moveTo(second, page);
    assertThat(restored.getColumns()).isEqualTo(page.getColumns());
    assertThat(restored.cell("course-1", "PC.1")).isEqualTo("1 D");
    // The course's mapping to another framework is not on this framework's page.
    assertThat(restored.cell("course-1", "CO.1")).isEmpty();
    restored.save();

    // Saved with the column's mappings in the framework shown, the other framework's kept.
    assertThat(second.courses.updates)
        .containsExactly(
            "course-1 v4 Listening well [MappingInput[competency=PC.1, level=1,"
                + " strength=DEVELOPS, framework=TEST], MappingInput[competency=CC.1, level=2,"
                + " strength=ASSESSES, framework=TEST], MappingInput[competency=CO.1, level=2,"
                + " strength=INTRODUCES, framework=OTHER]]");
    assertThat(second.courses.reads).isZero();
  }

  @Test
  void anImportFollowedByItsPageIsReadAgainAfterTheSessionMovedServers() throws Exception {
    Server first = new Server();
    ImportBacking page = first.importPage();
    page.setId("import-1");
    page.load();
    assertThat(page.isRunning()).isTrue();

    Server second = new Server();
    second.imports.done = 40;
    ImportBacking restored = first.moveTo(second, page);
    restored.refresh();

    assertThat(restored.getCurrent().progress().done()).isEqualTo(40);
    assertThat(restored.getCurrent().progress().total()).isEqualTo(100);
  }

  private static final Caller ALEX =
      new Caller("alex.link", "Alex", Set.of(Role.LINK_WORKER), "org-1");

  @Test
  void aCpdImportFollowedByItsPageIsReadAgainAfterTheSessionMovedServers() throws Exception {
    Server first = new Server();
    first.imports.kind = ImportKind.CPD_ENTRIES;
    org.linkworker.trellis.web.portfolio.ImportBacking page = first.cpdImportPage();
    page.setId("import-2");
    page.load();
    assertThat(page.isRunning()).isTrue();

    Server second = new Server();
    second.imports.kind = ImportKind.CPD_ENTRIES;
    second.imports.done = 70;
    org.linkworker.trellis.web.portfolio.ImportBacking restored = first.moveTo(second, page);
    restored.refresh();

    assertThat(restored.getCurrent().id()).isEqualTo("import-2");
    assertThat(restored.getCurrent().progress().done()).isEqualTo(70);
  }

  @Test
  void anEntryOpenedForEditingIsSavedWithTheVersionReadAndItsClaimsAfterTheSessionMovedServers()
      throws Exception {
    Server first = new Server();
    EntryFormBacking page = first.entryForm();
    page.setId("entry-1");
    page.load();
    page.setTitle("Benefits clinic, written up");
    page.getClaims().get(1).setCompetency("CC.1");
    page.getClaims().get(1).setLevel(2);

    Server second = new Server();
    EntryFormBacking restored = first.moveTo(second, page);
    assertThat(restored.getCompetencies()).isNotEmpty();
    restored.save();

    assertThat(second.portfolio.updates)
        .containsExactly("entry-1 v3 Benefits clinic, written up [PC.1:1, CC.1:2]");
    assertThat(faces.redirectedTo).isEqualTo("/portfolio/entry.xhtml?id=entry-1&done=saved");
  }

  private static EntryView entry(long version) {
    return new EntryView(
        "entry-1",
        "alex.link",
        java.time.LocalDate.parse("2026-11-20"),
        "Benefits clinic",
        ActivityType.PEER_LEARNING,
        java.math.BigDecimal.ONE,
        true,
        null,
        null,
        new EntryView.ReflectionView("We met", null, null),
        List.of(new EntryView.ClaimView("PC.1", 1)),
        EntryStatus.DRAFT,
        null,
        null,
        null,
        null,
        version);
  }

  private static final class FakePortfolio extends PortfolioService {
    final List<String> updates = new ArrayList<>();

    @Override
    public Optional<EntryAccess> access(Caller caller, String entryId) {
      return Optional.of(new EntryAccess(entry(3), "Alex", true, false));
    }

    @Override
    public Optional<FrameworkSnapshot> frameworkOf(Caller caller, String username) {
      return Optional.of(new FrameworkSnapshot(SampleFramework.outline(), 3, 2));
    }

    @Override
    public EntryView update(Caller caller, String entryId, long version, EntryInput input) {
      updates.add(
          entryId
              + " v"
              + version
              + " "
              + input.title()
              + " "
              + input.claims().stream().map(c -> c.competency() + ":" + c.level()).toList());
      return entry(version + 1);
    }
  }

  private static CourseView course(long version) {
    return new CourseView(
        "course-1",
        "CLP-1",
        "Listening well",
        null,
        DeliveryMode.ONLINE,
        BigDecimal.ONE,
        BigDecimal.ONE,
        null,
        null,
        CourseStatus.PUBLISHED,
        "prov-1",
        "Community Learning",
        version,
        List.of(
            new MappingView("PC.1", 1, MappingStrength.DEVELOPS, "TEST"),
            new MappingView("CO.1", 2, MappingStrength.INTRODUCES, "OTHER")));
  }

  private static final class FakeCourses extends CourseService {
    final List<String> updates = new ArrayList<>();
    int reads;

    @Override
    public Optional<CourseView> find(Caller caller, String courseId) {
      reads++;
      return Optional.of(course(4));
    }

    @Override
    public List<CourseView> coursesOf(Caller caller, String providerId) {
      reads++;
      return List.of(course(4));
    }

    @Override
    public ProviderCoverage coverage(Caller caller, String providerId, String frameworkCode) {
      reads++;
      return new ProviderCoverage(providerId, "LWCF", 9, 1, 1.0 / 9, List.of());
    }

    @Override
    public CourseView update(Caller caller, String courseId, long version, CourseDetails details) {
      updates.add(
          courseId
              + " v"
              + version
              + " "
              + details.title()
              + " "
              + (details.mappings() == null ? "[]" : details.mappings()));
      return course(version + 1);
    }
  }

  private static final class FakeImports extends ImportService {
    int done = 10;
    ImportKind kind = ImportKind.COURSES;

    @Override
    public Optional<ImportView> find(Caller caller, String importId) {
      return Optional.of(
          new ImportView(
              importId,
              "STARTED",
              new ImportView.Progress(done, 100),
              done,
              0,
              0,
              0,
              List.of(),
              0,
              kind,
              "catalogue.csv",
              "pat.provider",
              NOW));
    }

    @Override
    public List<ImportView> recent(Caller caller, ImportKind kind) {
      return List.of();
    }
  }

  private static PersonView person(String username, String name, long version) {
    return new PersonView(
        username,
        name,
        Set.of(Role.LINK_WORKER),
        "org-1",
        "Riverside",
        "TRAINEE",
        "sam.supervisor",
        true,
        version);
  }

  @Test
  void aPreviewedPackageIsImportedOnAnotherServerWithoutChoosingTheFileAgain() throws Exception {
    Server first = new Server();
    FrameworkImportBacking page = first.frameworkImportPage();
    page.setFile(new BytesPart("hwbc.json", "{\"CFDocument\":{}}"));
    page.setCode("HWBC");
    page.preview();
    assertThat(first.authoring.calls).containsExactly("preview hwbc.json 17 HWBC");

    Server second = new Server();
    FrameworkImportBacking restored = first.moveTo(second, page);
    restored.importDraft();

    assertThat(second.authoring.calls).containsExactly("store hwbc.json 17 HWBC");
    assertThat(restored.getImported().code()).isEqualTo("HWBC");
  }

  @Test
  void stagesBeingEditedAreSavedOnAnotherServer() throws Exception {
    Server first = new Server();
    DraftBacking page = first.draftPage();
    page.setCode("TEST");
    page.setVersion("2");
    page.load();
    page.addStage();
    DraftBacking.StageColumn column = page.getColumns().get(0);
    column.setCode("NEW_STAGE");
    column.setTitle("New stage");
    column.getLevels().put("PC.10", "2");

    Server second = new Server();
    DraftBacking restored = first.moveTo(second, page);
    restored.save();

    assertThat(second.authoring.calls)
        .containsExactly(
            "stages TEST 2 [StageDraft[code=NEW_STAGE, title=New stage, requirements={PC.10=2}]]");
    assertThat(restored.isSaved()).isTrue();
    assertThat(restored.getLevelChoices()).hasSize(4);
    // the current version's stages, read when the page opened, can still be copied
    restored.copyStages();
    assertThat(restored.getColumns())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getCode()).isEqualTo("CARRIED");
              assertThat(c.getLevels()).containsEntry("PC.10", "3");
            });
  }

  /** A file as the browser sent it. */
  private record BytesPart(String name, String text) implements jakarta.servlet.http.Part {
    @Override
    public java.io.InputStream getInputStream() {
      return new java.io.ByteArrayInputStream(
          text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String getContentType() {
      return "application/json";
    }

    @Override
    public String getName() {
      return "file";
    }

    @Override
    public String getSubmittedFileName() {
      return name;
    }

    @Override
    public long getSize() {
      return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Override
    public void write(String fileName) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete() {}

    @Override
    public String getHeader(String header) {
      return null;
    }

    @Override
    public java.util.Collection<String> getHeaders(String header) {
      return List.of();
    }

    @Override
    public java.util.Collection<String> getHeaderNames() {
      return List.of();
    }
  }

  /** The steward's framework work, answered from the sample framework and written down. */
  private static final class FakeAuthoring extends FrameworkAuthoringService {
    final List<String> calls = new ArrayList<>();

    @Override
    public FrameworkImportPreview importPackage(
        Caller caller, DataFile casePackage, FrameworkImportRequest request, boolean store) {
      calls.add(
          (store ? "store " : "preview ")
              + casePackage.name()
              + " "
              + casePackage.content().length
              + " "
              + request.code());
      return new FrameworkImportPreview(
          request.code(),
          "1",
          "Imported",
          "DEPTH",
          "DEFAULT_SCALE",
          List.of("One"),
          1,
          1,
          0,
          List.of(),
          List.of(),
          0);
    }

    @Override
    public FrameworkOutline replaceStages(
        Caller caller, String code, String version, List<StageDraft> stages) {
      calls.add("stages " + code + " " + version + " " + stages);
      return SampleFramework.outline();
    }

    @Override
    public List<StageDraft> stagesCarriedTo(Caller caller, String code, String version) {
      return List.of(new StageDraft("CARRIED", "Carried", java.util.Map.of("PC.10", 3)));
    }
  }

  private static final class FakeFrameworks extends FrameworkService {
    @Override
    public Optional<FrameworkOutline> find(String code, String version) {
      FrameworkOutline sample = SampleFramework.outline();
      return Optional.of(
          new FrameworkOutline(
              sample.id(),
              sample.code(),
              sample.version(),
              sample.title(),
              sample.description(),
              org.linkworker.trellis.framework.entity.FrameworkStatus.DRAFT,
              false,
              sample.levels(),
              sample.domains(),
              List.of(),
              null));
    }

    @Override
    public List<FrameworkSummary> list() {
      return List.of();
    }
  }

  /**
   * One server's container: its boundaries and request-scoped beans, which a bean's injected
   * proxies resolve to.
   */
  private static final class Server {
    final FakeOrganisations organisations = new FakeOrganisations();
    final FakePeople people = new FakePeople();
    final FakeAccounts accounts = new FakeAccounts();
    final AccessPolicy policy = new AllowingPolicy();
    final FrameworkLookup frameworks = new FixedFramework(SampleFramework.outline());
    final CurrentFrameworks currentFrameworks = new FixedFrameworks(SampleFramework.outline());
    final CurrentCaller caller = new FixedCaller(EMMA);
    final FakeCourses courses = new FakeCourses();
    final FakeImports imports = new FakeImports();
    final CourseImportService courseImports = new CourseImportService();
    final CpdImportService cpdImports = new CpdImportService();
    final CurrentCaller provider = new FixedCaller(PAT);

    final FakePortfolio portfolio = new FakePortfolio();
    final CurrentCaller worker = new FixedCaller(ALEX);
    final FakeAuthoring authoring = new FakeAuthoring();
    final FakeFrameworks frameworkService = new FakeFrameworks();

    FrameworkImportBacking frameworkImportPage() {
      return new FrameworkImportBacking(authoring, frameworkService, policy, caller);
    }

    DraftBacking draftPage() {
      return new DraftBacking(frameworkService, authoring, policy, caller);
    }

    EntryFormBacking entryForm() {
      return new EntryFormBacking(portfolio, courses, worker);
    }

    EditBacking editPage() {
      return new EditBacking(courses, policy, provider);
    }

    MatrixBacking matrixPage() {
      return new MatrixBacking(courses, currentFrameworks, policy, provider);
    }

    ImportBacking importPage() {
      return new ImportBacking(courseImports, imports, policy, provider);
    }

    org.linkworker.trellis.web.portfolio.ImportBacking cpdImportPage() {
      return new org.linkworker.trellis.web.portfolio.ImportBacking(cpdImports, imports, worker);
    }

    PeopleBacking peoplePage() {
      return new PeopleBacking(organisations, people, policy, currentFrameworks, caller);
    }

    TokensBacking tokensPage() {
      return new TokensBacking(accounts, caller);
    }

    private Map<Object, String> references() {
      Map<Object, String> references = new IdentityHashMap<>();
      references.put(organisations, "organisations");
      references.put(people, "people");
      references.put(accounts, "accounts");
      references.put(policy, "policy");
      references.put(frameworks, "frameworks");
      references.put(currentFrameworks, "currentFrameworks");
      references.put(caller, "caller");
      references.put(courses, "courses");
      references.put(imports, "imports");
      references.put(courseImports, "courseImports");
      references.put(cpdImports, "cpdImports");
      references.put(provider, "provider");
      references.put(portfolio, "portfolio");
      references.put(worker, "worker");
      references.put(authoring, "authoring");
      references.put(frameworkService, "frameworkService");
      return references;
    }

    private Object resolve(String name) {
      return switch (name) {
        case "organisations" -> organisations;
        case "people" -> people;
        case "accounts" -> accounts;
        case "policy" -> policy;
        case "frameworks" -> frameworks;
        case "currentFrameworks" -> currentFrameworks;
        case "caller" -> caller;
        case "courses" -> courses;
        case "imports" -> imports;
        case "courseImports" -> courseImports;
        case "cpdImports" -> cpdImports;
        case "provider" -> provider;
        case "portfolio" -> portfolio;
        case "worker" -> worker;
        case "authoring" -> authoring;
        case "frameworkService" -> frameworkService;
        default -> throw new IllegalStateException(name);
      };
    }

    byte[] write(Object bean) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ReferencingOutput(bytes, references())) {
        out.writeObject(bean);
      }
      return bytes.toByteArray();
    }

    <T> T read(byte[] written, Class<T> type) throws IOException, ClassNotFoundException {
      try (ObjectInputStream in = new ResolvingInput(new ByteArrayInputStream(written), this)) {
        return type.cast(in.readObject());
      }
    }

    @SuppressWarnings("unchecked")
    <T> T moveTo(Server other, T bean) throws IOException, ClassNotFoundException {
      return (T) other.read(write(bean), bean.getClass());
    }
  }

  /** How a container proxy travels: by the name of the bean it stands for. */
  private record Reference(String name) implements Serializable {}

  private static final class ReferencingOutput extends ObjectOutputStream {
    private final Map<Object, String> references;

    ReferencingOutput(OutputStream out, Map<Object, String> references) throws IOException {
      super(out);
      this.references = references;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) {
      String name = references.get(obj);
      return name == null ? obj : new Reference(name);
    }
  }

  private static final class ResolvingInput extends ObjectInputStream {
    private final Server server;

    ResolvingInput(InputStream in, Server server) throws IOException {
      super(in);
      this.server = server;
      enableResolveObject(true);
    }

    @Override
    protected Object resolveObject(Object obj) {
      return obj instanceof Reference reference ? server.resolve(reference.name()) : obj;
    }
  }

  private static final class FakeOrganisations extends OrganisationService {
    @Override
    public Optional<OrganisationView> find(Caller caller, String organisationId) {
      return Optional.of(new OrganisationView("org-1", "Riverside", OrganisationKind.EMPLOYER, 1));
    }
  }

  private static final class FakePeople extends PeopleService {
    final List<PersonView> people =
        new ArrayList<>(
            List.of(
                person("alex.link", "Alex Link", 7),
                new PersonView(
                    "sam.supervisor",
                    "Sam Okafor",
                    Set.of(Role.SUPERVISOR),
                    "org-1",
                    "Riverside",
                    null,
                    null,
                    true,
                    3)));
    final List<String> changes = new ArrayList<>();
    final List<String> deactivated = new ArrayList<>();
    int reads;

    @Override
    public Page<PersonView> people(Caller caller, String organisationId, int offset, int limit) {
      reads++;
      return new Page<>(List.copyOf(people), people.size(), offset, limit);
    }

    @Override
    public Optional<PersonView> findPerson(Caller caller, String username) {
      reads++;
      return people.stream().filter(p -> p.username().equals(username)).findFirst();
    }

    @Override
    public PersonView updatePerson(Caller caller, String username, PersonChange change) {
      changes.add(username + " " + change);
      return null;
    }

    @Override
    public PersonView deactivate(Caller caller, String username) {
      deactivated.add(username);
      return null;
    }
  }

  private static final class FakeAccounts extends AccountService {
    final List<TokenView> tokens =
        new ArrayList<>(
            List.of(
                new TokenView("t-1", "report script", NOW, NOW.plus(90, ChronoUnit.DAYS), null),
                new TokenView("t-2", "backup", NOW, NOW.plus(30, ChronoUnit.DAYS), null)));
    final List<String> revoked = new ArrayList<>();
    int reads;

    @Override
    public List<TokenView> tokens(Caller caller) {
      reads++;
      return List.copyOf(tokens);
    }

    @Override
    public void revokeToken(Caller caller, String tokenId) {
      revoked.add(tokenId);
    }
  }

  private static final class AllowingPolicy extends AccessPolicy {
    @Override
    public boolean mayAuthorFrameworks(Caller caller) {
      return true;
    }

    @Override
    public boolean mayManagePeopleOf(Caller caller, String organisationId) {
      return true;
    }

    @Override
    public boolean mayManageOrganisations(Caller caller) {
      return false;
    }

    @Override
    public boolean mayChangeCourse(Caller caller, String providerOrganisationId) {
      return true;
    }

    @Override
    public boolean maySeeProvisionOf(Caller caller, String providerOrganisationId) {
      return true;
    }
  }

  private static final class FixedFramework extends FrameworkLookup {
    private final FrameworkOutline framework;

    FixedFramework(FrameworkOutline framework) {
      this.framework = framework;
    }

    @Override
    public Optional<FrameworkOutline> current() {
      return Optional.of(framework);
    }
  }

  private static final class FixedFrameworks extends CurrentFrameworks {
    private final FrameworkSnapshot framework;

    FixedFrameworks(FrameworkOutline framework) {
      this.framework = new FrameworkSnapshot(framework, 3, 2);
    }

    @Override
    public List<FrameworkSnapshot> all() {
      return List.of(framework);
    }

    @Override
    public Optional<FrameworkSnapshot> current() {
      return Optional.of(framework);
    }
  }

  private static final class FixedCaller extends CurrentCaller {
    private final Caller caller;

    FixedCaller(Caller caller) {
      this.caller = caller;
    }

    @Override
    public Optional<Caller> find() {
      return Optional.of(caller);
    }

    @Override
    public Caller get() {
      return caller;
    }
  }
}
