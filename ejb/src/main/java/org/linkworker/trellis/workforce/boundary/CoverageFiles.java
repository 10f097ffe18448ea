package org.linkworker.trellis.workforce.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.linkworker.trellis.platform.InvalidInputException;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.export.Csv;
import org.linkworker.trellis.platform.export.PdfLayout;

/**
 * An organisation's coverage as files: CSV, one row per competency ({@code competencies}, the
 * default) or per person ({@code staff}); and a PDF on A4 turned sideways, the figures of each
 * competency and then the heatmap, a few competencies a table, with the level and what is required
 * written in each cell and a mark where it falls short, so that nothing is said by colour. Texts
 * are the platform's messages ({@code coverage.*}).
 */
final class CoverageFiles {

  /** The parts a CSV can hold; the first is the default. */
  static final List<String> CSV_PARTS = List.of("competencies", "staff");

  /** How many competencies one table of the printed heatmap shows. */
  private static final int COLUMNS_A_TABLE = 15;

  private CoverageFiles() {}

  static String fileName(Coverage coverage, String part) {
    return "coverage-" + (part == null ? "" : chosen(part) + "-") + coverage.on();
  }

  static String csv(Coverage coverage, String part) {
    return switch (chosen(part)) {
      case "competencies" -> competenciesCsv(coverage);
      case "staff" -> staffCsv(coverage);
      default ->
          throw InvalidInputException.of(
              "part",
              "workforce.coverage.csv_part_unknown",
              part.strip(),
              String.join(", ", CSV_PARTS));
    };
  }

  private static String chosen(String part) {
    return part == null || part.isBlank() ? CSV_PARTS.get(0) : part.strip();
  }

  private static String competenciesCsv(Coverage coverage) {
    List<String> header =
        new ArrayList<>(
            List.of("domain", "competency", "statement", "required", "covered", "share"));
    for (int level = 0; level <= coverage.levels().size(); level++) {
      header.add("at level " + level);
    }
    header.add("single point of failure");
    header.add("sole holder");
    List<List<Object>> rows = new ArrayList<>();
    for (Coverage.CompetencyCoverage c : coverage.competencies()) {
      List<Object> row = new ArrayList<>();
      row.add(orEmpty(c.domain()));
      row.add(c.competency());
      row.add(orEmpty(c.statement()));
      row.add(c.required());
      row.add(c.covered());
      row.add(c.share() == null ? "" : share(c.share()));
      for (int level = 0; level <= coverage.levels().size(); level++) {
        row.add(c.byLevel().getOrDefault(Integer.toString(level), 0));
      }
      row.add(c.singlePointOfFailure() ? "yes" : "no");
      row.add(orEmpty(c.soleHolder()));
      rows.add(row);
    }
    return Csv.write(header, rows);
  }

  private static String staffCsv(Coverage coverage) {
    List<String> codes = codes(coverage);
    List<String> header = new ArrayList<>(List.of("username", "name", "stage", "supervisor"));
    for (String code : codes) {
      header.add(code + " attained");
      header.add(code + " required");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Coverage.StaffMember person : coverage.staff()) {
      List<Object> row = new ArrayList<>();
      row.add(person.username());
      row.add(person.displayName());
      row.add(orEmpty(person.stage()));
      row.add(orEmpty(person.supervisor()));
      for (String code : codes) {
        row.add(person.level(code));
        row.add(person.required(code) == 0 ? "" : person.required(code));
      }
      rows.add(row);
    }
    return Csv.write(header, rows);
  }

  /** A share as a percentage, whole or to one place: 66.7, 100. */
  static String share(double share) {
    double percent = Math.round(share * 1000) / 10.0;
    return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
  }

  private static List<String> codes(Coverage coverage) {
    return coverage.competencies().stream().map(Coverage.CompetencyCoverage::competency).toList();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  // ------------------------------------------------------------------------------------ the PDF

  static byte[] render(Coverage coverage) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfLayout layout = new PdfLayout();
    DateTimeFormatter dates =
        DateTimeFormatter.ofPattern(Messages.format("coverage.date_pattern"), Locale.UK);
    String day = coverage.on().format(dates);
    layout.writeLandscape(
        out,
        new PdfLayout.Properties(
            Messages.format("coverage.document_title", coverage.organisationName(), day),
            Messages.format("coverage.subject"),
            coverage.organisationName(),
            Messages.format("coverage.title")),
        Messages.format("coverage.footer", coverage.organisationName(), day),
        "coverage.page",
        document -> {
          titleBlock(document, layout, coverage, day);
          figures(document, layout, coverage);
          heatmap(document, layout, coverage);
        });
    return out.toByteArray();
  }

  private static void titleBlock(
      Document document, PdfLayout layout, Coverage coverage, String day) {
    document.add(new Paragraph(Messages.format("coverage.title"), layout.title()));
    document.add(new Paragraph(coverage.organisationName(), layout.heading()));
    Paragraph facts = new Paragraph(PdfLayout.BODY_SIZE * 1.45f, "", layout.body());
    facts.setSpacingBefore(4);
    facts.add(Messages.format("coverage.facts.day", day) + "\n");
    facts.add(
        Messages.format(
                "coverage.facts.filter",
                coverage.stage() == null ? Messages.format("coverage.facts.any") : coverage.stage(),
                coverage.supervisor() == null
                    ? Messages.format("coverage.facts.any")
                    : coverage.supervisor())
            + "\n");
    facts.add(
        Messages.format(
            "coverage.facts.figures",
            coverage.people(),
            coverage.singlePointsOfFailure(),
            coverage.uncovered()));
    document.add(facts);
  }

  private static void figures(Document document, PdfLayout layout, Coverage coverage) {
    layout.section(document, Messages.format("coverage.section.competencies"));
    int levels = coverage.levels().size() + 1;
    float[] widths = new float[6 + levels];
    widths[0] = 1.8f;
    widths[1] = 7f;
    for (int i = 2; i < widths.length; i++) {
      widths[i] = 1.3f;
    }
    widths[widths.length - 1] = 2.6f;
    PdfPTable table = PdfLayout.table(widths);
    List<String> header =
        new ArrayList<>(
            List.of(
                Messages.format("coverage.col.competency"),
                Messages.format("coverage.col.statement"),
                Messages.format("coverage.col.required"),
                Messages.format("coverage.col.covered"),
                Messages.format("coverage.col.share")));
    for (int level = 0; level < levels; level++) {
      header.add(Messages.format("coverage.col.level", level));
    }
    header.add(Messages.format("coverage.col.spof"));
    layout.header(table, header.toArray(String[]::new));
    for (Coverage.CompetencyCoverage c : coverage.competencies()) {
      table.addCell(PdfLayout.cell(c.competency(), layout.cellBold(), Element.ALIGN_LEFT));
      table.addCell(PdfLayout.cell(orEmpty(c.statement()), layout.cell(), Element.ALIGN_LEFT));
      table.addCell(number(layout, c.required()));
      table.addCell(number(layout, c.covered()));
      table.addCell(
          PdfLayout.cell(
              c.share() == null ? "–" : share(c.share()) + "%",
              layout.cell(),
              Element.ALIGN_RIGHT));
      for (int level = 0; level < levels; level++) {
        table.addCell(number(layout, c.byLevel().getOrDefault(Integer.toString(level), 0)));
      }
      table.addCell(
          PdfLayout.cell(
              c.singlePointOfFailure()
                  ? Messages.format("coverage.spof.yes", orEmpty(c.soleHolder()))
                  : c.required() > 0 && c.covered() == 0
                      ? Messages.format("coverage.spof.none")
                      : "",
              layout.cell(),
              Element.ALIGN_LEFT));
    }
    document.add(table);
  }

  private static void heatmap(Document document, PdfLayout layout, Coverage coverage) {
    layout.section(document, Messages.format("coverage.section.heatmap"));
    document.add(new Paragraph(Messages.format("coverage.heatmap.legend"), layout.body()));
    if (coverage.staff().isEmpty()) {
      document.add(new Paragraph(Messages.format("coverage.heatmap.empty"), layout.body()));
      return;
    }
    List<String> codes = codes(coverage);
    for (int from = 0; from < codes.size(); from += COLUMNS_A_TABLE) {
      List<String> part = codes.subList(from, Math.min(codes.size(), from + COLUMNS_A_TABLE));
      float[] widths = new float[part.size() + 1];
      widths[0] = 5f;
      for (int i = 1; i < widths.length; i++) {
        widths[i] = 1.2f;
      }
      PdfPTable table = PdfLayout.table(widths);
      List<String> header = new ArrayList<>();
      header.add(Messages.format("coverage.col.person"));
      header.addAll(part);
      layout.header(table, header.toArray(String[]::new));
      for (Coverage.StaffMember person : coverage.staff()) {
        table.addCell(
            PdfLayout.cell(
                person.displayName() + (person.stage() == null ? "" : " (" + person.stage() + ")"),
                layout.cell(),
                Element.ALIGN_LEFT));
        for (String code : part) {
          table.addCell(
              PdfLayout.cell(cellText(person, code), layout.cell(), Element.ALIGN_CENTER));
        }
      }
      document.add(table);
    }
  }

  /** A heatmap cell in words: "2" when not required, "3/3" when met, "1/3 *" when short. */
  static String cellText(Coverage.StaffMember person, String code) {
    int level = person.level(code);
    int required = person.required(code);
    if (required == 0) {
      return Integer.toString(level);
    }
    return level + "/" + required + (level < required ? " *" : "");
  }

  private static com.lowagie.text.pdf.PdfPCell number(PdfLayout layout, int value) {
    return PdfLayout.cell(Integer.toString(value), layout.cell(), Element.ALIGN_RIGHT);
  }
}
