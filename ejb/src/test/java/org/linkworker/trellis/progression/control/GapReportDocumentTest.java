package org.linkworker.trellis.progression.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.progression.control.PrintedGapReport.Competency;
import org.linkworker.trellis.progression.control.PrintedGapReport.Course;
import org.linkworker.trellis.progression.control.PrintedGapReport.Domain;

/** The gap report as printed: rendered to PDF and read back with PDFBox, as a reader's would. */
class GapReportDocumentTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 25);

  private static final Domain PERSON_CENTRED =
      new Domain(
          "PC",
          "Person-centred practice",
          List.of(
              new Competency("PC.1", "Listens to what matters to the person", 3, 1, 2),
              new Competency("PC.2", "Co-produces a plan with the person", 2, 2, 0)));

  private static final Domain COMMUNITY =
      new Domain(
          "CC",
          "Community connection",
          List.of(new Competency("CC.3", "Maps local community assets", 2, 0, 2)));

  private static final Course MOTIVATIONAL =
      new Course(
          "CLP-07",
          "Motivational interviewing in practice",
          new BigDecimal("12.50"),
          "Community Learning Partnership",
          3,
          List.of("PC.1", "CC.3"));

  private static PrintedGapReport report(
      String name, int met, int required, List<Domain> domains, List<Course> courses) {
    return new PrintedGapReport(
        "alex.link",
        name,
        "Link worker",
        "Senior link worker",
        "Link Worker Competency Framework",
        "1",
        ON,
        met,
        required,
        4,
        domains,
        courses);
  }

  private static PrintedGapReport sample() {
    return report("Alex Link", 1, 3, List.of(PERSON_CENTRED, COMMUNITY), List.of(MOTIVATIONAL));
  }

  private static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
  }

  private static String text(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf).replaceAll("\\s+", " ");
  }

  @Test
  void opensTitledWithTheWorkerTheStagesTheFrameworkAndTheDay() throws IOException {
    byte[] bytes = GapReportDocument.render(sample());

    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("Gap report of Alex Link against Senior link worker, 25 November 2026");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(text(pdf, 1))
          .contains("Career progression gap report")
          .contains("Alex Link (alex.link)")
          .contains("Current career stage: Link worker")
          .contains("Reported against: Senior link worker")
          .contains("Framework: Link Worker Competency Framework, version 1")
          .contains("Levels held on 25 November 2026")
          .contains("1 of 3 competencies (33%) held at the level Senior link worker requires");
    }
  }

  @Test
  void listsTheGapsUnderTheirDomainsInWordsAndTheCoursesWithWhatTheyAddress() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(GapReportDocument.render(sample()))) {
      String all = text(pdf);
      assertThat(all)
          .contains("PC Person-centred practice")
          .contains("CC Community connection")
          .contains("PC.1 Listens to what matters to the person 3 1 2 Gap of 2 levels")
          .contains("PC.2 Co-produces a plan with the person 2 2 0 Met")
          .contains("CC.3 Maps local community assets 2 0 2 Gap of 2 levels")
          .contains("Motivational interviewing in practice (CLP-07)")
          .contains("Community Learning Partnership 12.5 3 PC.1, CC.3");
    }
  }

  @Test
  void theChartOfRequiredBesideHeldIsDrawnOnTheFirstPage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(GapReportDocument.render(sample()))) {
      assertThat(charts(pdf.getPage(0))).hasSize(1);
      assertThat(text(pdf, 1)).contains("Level required").contains("Level held");
    }
  }

  @Test
  void aWorkerWithNoGapIsToldTheyAreReadyAndThatNoCourseIsNeeded() throws IOException {
    Domain met =
        new Domain(
            "PC",
            "Person-centred practice",
            List.of(new Competency("PC.2", "Co-produces", 2, 3, 0)));
    try (PDDocument pdf =
        Loader.loadPDF(
            GapReportDocument.render(report("Alex Link", 1, 1, List.of(met), List.of())))) {
      assertThat(text(pdf))
          .contains("1 of 1 competencies (100%)")
          .contains("No gaps: ready for Senior link worker.")
          .contains("No course is needed: there is no gap to close.")
          .doesNotContain("No published course closes these gaps yet.");
    }
  }

  @Test
  void gapsThatNoPublishedCourseClosesAreSaidSo() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(
            GapReportDocument.render(
                report("Alex Link", 1, 3, List.of(PERSON_CENTRED, COMMUNITY), List.of())))) {
      assertThat(text(pdf))
          .contains("No published course closes these gaps yet.")
          .contains("2 of the competencies Senior link worker requires are not yet held");
    }
  }

  @Test
  void aLongListOfCoursesRunsOverPagesEachNumberedAndRepeatingTheHeader() throws IOException {
    List<Course> courses = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      courses.add(
          new Course(
              "C-" + i,
              "Course number " + i + " with a title long enough to wrap in its cell",
              new BigDecimal("1.5"),
              "Provider " + i,
              1,
              List.of("PC.1")));
    }
    try (PDDocument pdf =
        Loader.loadPDF(
            GapReportDocument.render(
                report("Alex Link", 1, 3, List.of(PERSON_CENTRED, COMMUNITY), courses)))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(3);
      int withTable = 0;
      for (int page = 1; page <= pages; page++) {
        String text = text(pdf, page);
        assertThat(text).as("page %d", page).contains("Page " + page + " of " + pages);
        if (text.contains("Course number")) {
          withTable++;
          assertThat(text)
              .as("the header on page %d", page)
              .contains("No. Course Provider Hours Gap points Addresses");
        }
      }
      assertThat(withTable).isGreaterThan(2);
    }
  }

  @Test
  void accentedNamesPrintAsTypedInAnEmbeddedFont() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(
            GapReportDocument.render(
                report("Zoë Łukasz-Ó’Brien", 1, 3, List.of(PERSON_CENTRED), List.of())))) {
      assertThat(text(pdf)).contains("Zoë Łukasz-Ó’Brien (alex.link)");
      for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
        PDFont font = pdf.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
    }
  }

  /** The drawings as wide as the text (the page count in the footer is a small one). */
  private static List<PDFormXObject> charts(PDPage page) throws IOException {
    List<PDFormXObject> forms = new ArrayList<>();
    for (COSName name : page.getResources().getXObjectNames()) {
      PDXObject object = page.getResources().getXObject(name);
      if (object instanceof PDFormXObject form && form.getBBox().getWidth() > 400) {
        forms.add(form);
      }
    }
    return forms;
  }
}
