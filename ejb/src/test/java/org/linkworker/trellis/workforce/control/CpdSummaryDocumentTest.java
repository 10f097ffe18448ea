package org.linkworker.trellis.workforce.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;
import org.linkworker.trellis.workforce.control.CpdSummary.Claim;
import org.linkworker.trellis.workforce.control.CpdSummary.Entry;
import org.linkworker.trellis.workforce.control.CpdSummary.Part;
import org.linkworker.trellis.workforce.control.CpdSummary.Reflection;
import org.linkworker.trellis.workforce.control.CpdSummary.Scheme;
import org.linkworker.trellis.workforce.control.CpdSummary.Standing;
import org.linkworker.trellis.workforce.control.CpdSummary.Worker;

/** The summary as printed: rendered to PDF and read back with PDFBox, as a reader's tools would. */
class CpdSummaryDocumentTest {

  private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
  private static final LocalDate TO = LocalDate.of(2026, 3, 31);
  private static final Worker ALEX =
      new Worker("alex.link", "Alex Link", "Riverside Primary Care Network", "Link worker");

  private static Entry entry(
      LocalDate date, String title, ActivityType type, String hours, Reflection reflection) {
    return new Entry(
        date,
        title,
        type,
        new BigDecimal(hours),
        type == ActivityType.PEER_LEARNING,
        EntryStatus.VERIFIED,
        "Sam Supervisor",
        date.plusDays(3),
        List.of(new Claim("PC.1", 2), new Claim("CC.6", 1)),
        reflection);
  }

  private static final Reflection THOUGHTS =
      new Reflection(
          "The welfare rights team explained the new referral route.",
          "Which benefits need a professional referral.",
          "I check entitlement at every first meeting.");

  private static List<Entry> sample(boolean reflections) {
    Reflection r = reflections ? THOUGHTS : null;
    return List.of(
        entry(LocalDate.of(2025, 4, 14), "Welfare rights briefing", ActivityType.COURSE, "3", r),
        entry(
            LocalDate.of(2025, 6, 2),
            "Peer session on housing",
            ActivityType.PEER_LEARNING,
            "1.5",
            r),
        new Entry(
            LocalDate.of(2025, 9, 20),
            "Social prescribing conference",
            ActivityType.CONFERENCE,
            new BigDecimal("6"),
            true,
            EntryStatus.SUBMITTED,
            null,
            null,
            List.of(),
            reflections ? new Reflection(null, null, null) : null),
        new Entry(
            LocalDate.of(2026, 1, 8),
            "Reading on loneliness",
            ActivityType.READING,
            new BigDecimal("0.75"),
            false,
            EntryStatus.DRAFT,
            null,
            null,
            List.of(),
            reflections
                ? new Reflection(null, "Loneliness is not the same as isolation.", null)
                : null),
        entry(
            LocalDate.of(2026, 2, 11),
            "E-learning on safeguarding",
            ActivityType.E_LEARNING,
            "2.25",
            r));
  }

  private static final List<Scheme> SCHEMES =
      List.of(
          new Scheme(
              "Association membership year",
              FROM,
              TO,
              Standing.AT_RISK,
              List.of(
                  new Part("points", bd("20"), bd("13.5"), bd("6.5"), false),
                  new Part("formalHours", bd("10"), bd("11.25"), bd("0"), true))),
          new Scheme(
              "Riverside mandatory training",
              FROM,
              TO,
              Standing.MET,
              List.of(new Part("CC.6", bd("1"), bd("1"), bd("0"), true))));

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static CpdSummary summary(Worker worker, boolean reflections, List<Entry> entries) {
    return new CpdSummary(
        worker,
        FROM,
        TO,
        LocalDate.of(2026, 4, 2),
        "Sam Supervisor",
        reflections,
        entries,
        TO,
        SCHEMES);
  }

  /**
   * The document's words in the order they are written, each run of white space one space: a table
   * cell's text stays together however its lines wrap.
   */
  private static String text(PDDocument pdf) throws IOException {
    return words(new PDFTextStripper().getText(pdf));
  }

  private static String text(PDDocument pdf, int page) throws IOException {
    return words(lines(pdf, page));
  }

  private static String lines(PDDocument pdf, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(pdf);
  }

  private static String words(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void opensAsAnA4PdfTitledWithTheWorkerTheirOrganisationStageAndPeriod() throws IOException {
    byte[] bytes = CpdSummaryDocument.render(summary(ALEX, true, sample(true)));

    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDRectangle page = pdf.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within());
      assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within());
      assertThat(pdf.getDocumentInformation().getTitle())
          .isEqualTo("CPD summary of Alex Link, 1 April 2025 to 31 March 2026");
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(text(pdf, 1))
          .contains("CPD summary")
          .contains("Alex Link (alex.link)")
          .contains("Organisation: Riverside Primary Care Network")
          .contains("Career stage: Link worker")
          .contains("Period: 1 April 2025 to 31 March 2026")
          .contains("Produced on 2 April 2026 for Sam Supervisor");
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1f);
  }

  @Test
  void listsEveryEntryWithItsTypeHoursStatusVerifierAndClaims() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, true, sample(true))))) {
      String all = text(pdf);
      for (Entry entry : sample(true)) {
        assertThat(all).contains(entry.title());
      }
      assertThat(all)
          .contains("Sam Supervisor, 17 Apr 2025")
          .contains("PC.1 at level 2; CC.6 at level 1")
          .contains("Submitted")
          .contains("Draft")
          .contains("E-learning");
    }
  }

  /** The lines of the hours-by-type table: a type's name, its entries and its hours. */
  private static final Pattern TYPE_ROW =
      Pattern.compile(
          "^(Course|E-learning|Supervision|Peer learning|Reflective practice|Shadowing|Conference"
              + "|Reading|Other|All types) (\\d+) (\\d+(?:\\.\\d+)?)$",
          Pattern.MULTILINE);

  @Test
  void theHoursOfEachActivityTypeAddUpToTheHoursOfAllEntries() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, true, sample(true))))) {
      Matcher rows = TYPE_ROW.matcher(lines(pdf, 1));
      BigDecimal sum = BigDecimal.ZERO;
      int entries = 0;
      BigDecimal total = null;
      int types = 0;
      while (rows.find()) {
        if (rows.group(1).equals("All types")) {
          total = new BigDecimal(rows.group(3));
          assertThat(Integer.parseInt(rows.group(2))).isEqualTo(entries);
        } else {
          types++;
          entries += Integer.parseInt(rows.group(2));
          sum = sum.add(new BigDecimal(rows.group(3)));
        }
      }
      assertThat(types).as("a row for every activity type").isEqualTo(ActivityType.values().length);
      assertThat(total).isEqualByComparingTo("13.5");
      assertThat(sum).isEqualByComparingTo(total);
      assertThat(entries).isEqualTo(5);
    }
  }

  @Test
  void theChartOfHoursByTypeIsDrawnOnTheFirstPageWithABarForEachTypeThatHasHours()
      throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, true, sample(true))))) {
      List<PDFormXObject> drawings = charts(pdf.getPage(0));
      assertThat(drawings).as("the chart, drawn as a form of vector graphics").hasSize(1);
      PDFormXObject chart = drawings.get(0);
      // Five types have hours: each bar is one filled rectangle of the bar colour.
      assertThat(filledRectanglesIn(chart)).isGreaterThanOrEqualTo(5);
      PDFTextStripper stripper = new PDFTextStripper();
      assertThat(stripper.getText(pdf)).contains("Activity type");
    }
  }

  @Test
  void aSummaryWithNoEntriesStillOpensWithItsChartAndSaysSo() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, true, List.of())))) {
      assertThat(text(pdf)).contains("No entries are dated in this period.");
      assertThat(charts(pdf.getPage(0))).hasSize(1);
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

  /** How many times the drawing fills a path made of one rectangle. */
  private static int filledRectanglesIn(PDFormXObject form) throws IOException {
    List<Object> tokens = new PDFStreamParser(form).parse();
    int fills = 0;
    String previous = "";
    for (Object token : tokens) {
      if (token instanceof Operator operator) {
        String name = operator.getName();
        if ((name.equals("f") || name.equals("f*")) && previous.equals("h")) {
          fills++;
        }
        previous = name;
      }
    }
    return fills;
  }

  @Test
  void theWorkerAndSupervisorReadTheReflectionsAndTheEmployerNone() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, true, sample(true))))) {
      assertThat(text(pdf))
          .contains("Reflections are included.")
          .contains("What happened")
          .contains("The welfare rights team explained the new referral route.")
          .contains("Which benefits need a professional referral.")
          .contains("I check entitlement at every first meeting.")
          .contains("Loneliness is not the same as isolation.")
          .doesNotContain("Entry 3:");
    }
    try (PDDocument pdf =
        Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, false, sample(false))))) {
      assertThat(text(pdf))
          .contains("Reflections are not included")
          .contains("Welfare rights briefing")
          .doesNotContain("What happened")
          .doesNotContain("welfare rights team explained");
    }
  }

  @Test
  void complianceShowsEachSchemeItsWindowStandingAndEveryPartInWords() throws IOException {
    try (PDDocument pdf =
        Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, true, sample(true))))) {
      String all = text(pdf);
      assertThat(all)
          .contains("Where Alex Link stands on 31 March 2026")
          .contains("Association membership year: At risk")
          .contains("Counted from 1 April 2025 to 31 March 2026")
          .contains("CPD points 20 13.5 6.5 No")
          .contains("Hours of formal learning 10 11.25 0 Yes")
          .contains("Riverside mandatory training: Met")
          .contains("Mandatory training: CC.6 1 1 0 Yes");
    }
  }

  @Test
  void twoHundredEntriesRunOverPagesEachNumberedAndEachRepeatingTheTableHeader()
      throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      entries.add(
          entry(
              FROM.plusDays(i),
              "Entry number " + i + " on a topic worth a longer title than most",
              ActivityType.values()[i % ActivityType.values().length],
              "1.25",
              THOUGHTS));
    }
    try (PDDocument pdf = Loader.loadPDF(CpdSummaryDocument.render(summary(ALEX, true, entries)))) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(5);
      int withTable = 0;
      for (int page = 1; page <= pages; page++) {
        String text = text(pdf, page);
        assertThat(text).as("page %d", page).contains("Page " + page + " of " + pages);
        if (text.contains("Entry number")
            && !text.contains("Reflections")
            && text.contains("Sam Supervisor,")) {
          withTable++;
          assertThat(text)
              .as("the table header on page %d", page)
              .contains("No. Date Title Type Hours");
        }
      }
      assertThat(withTable).as("pages of the entries table").isGreaterThan(2);
      String all = text(pdf);
      for (Entry entry : entries) {
        assertThat(all).contains(entry.title());
      }
      assertThat(all).contains("All types 200 250");
    }
  }

  @Test
  void namesWithAccentsAndThePoundSignPrintAsTypedInAnEmbeddedFont() throws IOException {
    Worker zoe =
        new Worker("zoe.nowak", "Zoë Łukasz-Ó’Brien", "Llanfair Gwasanaethau Iechyd", "Trainee");
    List<Entry> entries =
        List.of(
            entry(
                LocalDate.of(2025, 5, 1),
                "Course fee £45: café de la Société, Ŵyn and Ştefan",
                ActivityType.COURSE,
                "2",
                THOUGHTS));
    try (PDDocument pdf = Loader.loadPDF(CpdSummaryDocument.render(summary(zoe, true, entries)))) {
      assertThat(text(pdf))
          .contains("Zoë Łukasz-Ó’Brien (zoe.nowak)")
          .contains("Course fee £45: café de la Société, Ŵyn and Ştefan");
      for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
        PDFont font = pdf.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
      }
    }
  }
}
