package org.linkworker.trellis.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkworker.trellis.identity.boundary.Caller;
import org.linkworker.trellis.identity.boundary.NewOrganisation;
import org.linkworker.trellis.identity.boundary.NewPerson;
import org.linkworker.trellis.identity.boundary.OrganisationService;
import org.linkworker.trellis.identity.boundary.PeopleService;
import org.linkworker.trellis.identity.entity.OrganisationKind;
import org.linkworker.trellis.identity.entity.Role;
import org.linkworker.trellis.portfolio.boundary.AssessmentInput;
import org.linkworker.trellis.portfolio.boundary.AssessmentView;
import org.linkworker.trellis.portfolio.boundary.DeclarationInput;
import org.linkworker.trellis.portfolio.boundary.DeclarationService;
import org.linkworker.trellis.portfolio.boundary.EntryFilter;
import org.linkworker.trellis.portfolio.boundary.EntryInput;
import org.linkworker.trellis.portfolio.boundary.EntryView;
import org.linkworker.trellis.portfolio.boundary.EvidenceService;
import org.linkworker.trellis.portfolio.boundary.EvidenceView;
import org.linkworker.trellis.portfolio.boundary.PortfolioArchive;
import org.linkworker.trellis.portfolio.boundary.PortfolioExport;
import org.linkworker.trellis.portfolio.boundary.PortfolioExportService;
import org.linkworker.trellis.portfolio.boundary.PortfolioService;
import org.linkworker.trellis.portfolio.boundary.SupervisionInput;
import org.linkworker.trellis.portfolio.boundary.SupervisionService;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.SupervisionKind;

/**
 * The portfolio export inside the running server, where the JSON-B engine that writes it lives: a
 * worker's {@code portfolio.json} read back with JSON-B into the export's records equals, record
 * for record, what the services show that worker (every entry with its claims and reflection, every
 * evidence file, assessment, supervision record and declaration), and each evidence file in the
 * archive holds exactly the stored bytes.
 */
@ExtendWith(ArquillianExtension.class)
class PortfolioExportIT {

  private static final String PASSWORD = "portfolio-export-2026";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.inContainer();
  }

  @EJB OrganisationService organisations;
  @EJB PeopleService people;
  @EJB PortfolioService portfolio;
  @EJB EvidenceService evidence;
  @EJB SupervisionService supervision;
  @EJB DeclarationService declarations;
  @EJB PortfolioExportService exports;

  private final Caller steward = new Caller("steward", "Steward", Set.of(Role.STEWARD), null);

  @Test
  void theJsonReadBackEqualsWhatTheServicesShowAndTheFilesAreTheStoredBytes() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String organisation =
        organisations
            .create(steward, new NewOrganisation("Export " + run, OrganisationKind.EMPLOYER))
            .id();
    String sup = "xs" + run;
    String wrk = "xw" + run;
    people.addPerson(
        steward,
        organisation,
        new NewPerson(sup, "Sue Export", PASSWORD, Set.of(Role.SUPERVISOR), null, null));
    people.addPerson(
        steward,
        organisation,
        new NewPerson(wrk, "Wren Export", PASSWORD, Set.of(Role.LINK_WORKER), "LINK_WORKER", sup));
    Caller worker = new Caller(wrk, "Wren Export", Set.of(Role.LINK_WORKER), organisation);
    Caller supervisor = new Caller(sup, "Sue Export", Set.of(Role.SUPERVISOR), organisation);

    Map<String, byte[]> attached = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      EntryView entry =
          portfolio.create(
              worker,
              wrk,
              new EntryInput(
                  LocalDate.now().minusDays(10 + i),
                  "Export entry " + i + " \u2013 \u201cquoted\u201d",
                  ActivityType.COURSE,
                  new BigDecimal(i % 2 == 0 ? "1.5" : "2"),
                  true,
                  null,
                  "CP." + (i + 1),
                  new EntryInput.ReflectionInput("What " + i, "Learned " + i, "Change " + i),
                  List.of(new EntryInput.ClaimInput("PC.1", 1 + i % 2))));
      if (i % 2 == 0) {
        byte[] bytes =
            ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% entry "
                    + i
                    + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        EvidenceView file =
            evidence.attach(
                worker, entry.id(), "Certificate " + i + ".pdf", new ByteArrayInputStream(bytes));
        attached.put(file.id(), bytes);
      }
      if (i < 4) {
        portfolio.submit(worker, entry.id());
      }
      if (i < 2) {
        portfolio.verify(supervisor, entry.id(), "Good");
      }
    }
    supervision.assess(supervisor, wrk, new AssessmentInput(null, "CR.1", 2, "Seen"));
    AssessmentView mistaken =
        supervision.assess(supervisor, wrk, new AssessmentInput(null, "CR.2", 3, null));
    supervision.withdraw(supervisor, mistaken.id());
    supervision.record(
        worker,
        wrk,
        new SupervisionInput(null, 60, SupervisionKind.CLINICAL, null, "Private: hard week"));
    supervision.record(
        supervisor, wrk, new SupervisionInput(null, 30, SupervisionKind.MANAGERIAL, null, null));
    declarations.declare(worker, wrk, new DeclarationInput(null, "Read with Sue"));

    PortfolioArchive archive = exports.export(worker, wrk);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    archive.writeTo(zip);
    Map<String, byte[]> contents = unzip(zip.toByteArray());
    String json = new String(contents.get(PortfolioArchive.DOCUMENT), StandardCharsets.UTF_8);
    PortfolioExport parsed;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      parsed = jsonb.fromJson(json, PortfolioExport.class);
    }

    assertThat(contents.keySet().iterator().next()).isEqualTo("portfolio.json");
    assertThat(json)
        .containsPattern("\"format\"\\s*:\\s*\"trellis-portfolio-export/1\"")
        .containsPattern("\"withdrawn\"\\s*:\\s*true");
    assertThat(parsed).isEqualTo(archive.document());
    assertThat(parsed.person().username()).isEqualTo(wrk);
    assertThat(parsed.person().supervisor()).isEqualTo(sup);
    assertThat(parsed.person().organisation()).isEqualTo("Export " + run);

    List<EntryView> entries =
        portfolio
            .entries(worker, wrk, new EntryFilter(null, null, null, null, null), 0, 100)
            .page()
            .items();
    assertThat(parsed.entries()).hasSize(6).containsExactlyElementsOf(entries);
    List<EntryView> oneByOne = new ArrayList<>();
    for (EntryView entry : entries) {
      oneByOne.add(portfolio.find(worker, entry.id()).orElseThrow());
    }
    assertThat(parsed.entries()).containsExactlyElementsOf(oneByOne);

    List<EvidenceView> files = new ArrayList<>();
    for (EntryView entry : entries) {
      files.addAll(evidence.list(worker, entry.id()));
    }
    assertThat(parsed.evidence())
        .extracting(
            f ->
                new EvidenceView(
                    f.id(), f.entry(), f.name(), f.mediaType(), f.size(), f.uploadedAt()))
        .containsExactlyInAnyOrderElementsOf(files);
    for (PortfolioExport.EvidenceItem file : parsed.evidence()) {
      byte[] stored;
      try (InputStream in = evidence.open(worker, file.id()).bytes().get()) {
        stored = in.readAllBytes();
      }
      assertThat(contents.get(file.path())).as(file.path()).isEqualTo(stored);
      assertThat(stored).isEqualTo(attached.get(file.id()));
    }
    assertThat(contents).hasSize(1 + attached.size());

    List<AssessmentView> standing = supervision.assessments(worker, wrk, 0, 100).items();
    assertThat(parsed.assessments().stream().filter(a -> !a.withdrawn()))
        .extracting(
            a ->
                new AssessmentView(
                    a.id(), wrk, a.competency(), a.level(), a.date(), a.assessedBy(), a.note()))
        .containsExactlyElementsOf(standing);
    assertThat(parsed.assessments().stream().filter(PortfolioExport.AssessmentItem::withdrawn))
        .singleElement()
        .satisfies(a -> assertThat(a.id()).isEqualTo(mistaken.id()));

    assertThat(parsed.supervision())
        .containsExactlyElementsOf(supervision.supervisionRecords(worker, wrk, 0, 100).items())
        .anySatisfy(r -> assertThat(r.notes()).isEqualTo("Private: hard week"));
    assertThat(parsed.declarations())
        .containsExactlyElementsOf(declarations.declarations(worker, wrk, 0, 100).items())
        .singleElement()
        .satisfies(d -> assertThat(d.statement()).isEqualTo("Read with Sue"));
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        contents.put(entry.getName(), in.readAllBytes());
      }
    }
    return contents;
  }
}
