package org.linkworker.trellis.progression.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.export.PdfLayout;

/**
 * A gap report as a PDF made for printing, laid out as every PDF of the application is ({@link
 * PdfLayout}): a title naming the worker, their stage, the stage reported against, the framework
 * and the day; readiness as a figure and a chart of the level required beside the level attained in
 * each competency; the competencies by domain, each with required, attained, gap and a word for met
 * or not; and the recommended courses with their hours, provider, the gap points they close and the
 * competencies they address. Nothing is said by colour alone, and an empty part says so in words.
 * Every text comes from the platform's messages ({@code gap_report.*}).
 */
public final class GapReportDocument {

  private final PrintedGapReport report;
  private final PdfLayout layout = new PdfLayout();
  private final DateTimeFormatter dates;

  private GapReportDocument(PrintedGapReport report) {
    this.report = report;
    this.dates = DateTimeFormatter.ofPattern(text("gap_report.date_pattern"), Locale.UK);
  }

  /** The report as the bytes of a PDF file. */
  public static byte[] render(PrintedGapReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, out);
    return out.toByteArray();
  }

  /** Writes the report as a PDF file to the stream, which it leaves open. */
  public static void write(PrintedGapReport report, OutputStream out) {
    new GapReportDocument(report).writeTo(out);
  }

  private void writeTo(OutputStream out) {
    layout.write(
        out,
        new PdfLayout.Properties(
            text(
                "gap_report.document_title",
                report.displayName(),
                report.stage(),
                date(report.on())),
            text("gap_report.subject"),
            report.displayName(),
            text("gap_report.title")),
        text("gap_report.footer", report.displayName(), report.stage(), date(report.on())),
        "gap_report.page",
        document -> {
          titleBlock(document);
          readiness(document);
          gaps(document);
          courses(document);
        });
  }

  private void titleBlock(Document document) {
    Paragraph top = new Paragraph(text("gap_report.title"), layout.title());
    top.setSpacingAfter(4);
    document.add(top);
    document.add(
        new Paragraph(
            text("gap_report.worker", report.displayName(), report.username()), layout.heading()));
    Paragraph facts = new Paragraph(PdfLayout.BODY_SIZE * 1.45f, "", layout.body());
    facts.setSpacingBefore(4);
    line(
        facts,
        report.currentStage() == null
            ? text("gap_report.no_current_stage")
            : text("gap_report.current_stage", report.currentStage()));
    line(facts, text("gap_report.stage", report.stage()));
    line(facts, text("gap_report.framework", report.framework(), report.version()));
    facts.add(new Chunk(text("gap_report.on", date(report.on())), layout.body()));
    document.add(facts);
  }

  private void line(Paragraph paragraph, String text) {
    paragraph.add(new Chunk(text + "\n", layout.body()));
  }

  private void readiness(Document document) {
    layout.section(document, text("gap_report.readiness"));
    if (report.required() == 0) {
      document.add(
          new Paragraph(text("gap_report.readiness.nothing_required", report.stage()), body()));
      return;
    }
    document.add(
        new Paragraph(
            text(
                "gap_report.readiness.figure",
                report.met(),
                report.required(),
                report.percent(),
                report.stage()),
            layout.subheading()));
    if (report.ready()) {
      document.add(new Paragraph(text("gap_report.readiness.ready", report.stage()), body()));
    }
    float width = document.right() - document.left();
    ReadinessChart chart =
        new ReadinessChart(
            report.competencies(),
            report.topLevel(),
            text("gap_report.chart.axis.competency"),
            text("gap_report.chart.axis.level"),
            text("gap_report.chart.required"),
            text("gap_report.chart.attained"),
            layout.chartFont(ReadinessChart.textSize(report.competencies().size())));
    document.add(
        layout.chart(
            width,
            ReadinessChart.height(report.competencies().size()),
            chart::draw,
            text("gap_report.chart.alt", report.stage())));
  }

  private void gaps(Document document) {
    layout.section(document, text("gap_report.gaps"));
    if (report.required() == 0) {
      document.add(new Paragraph(text("gap_report.gaps.none_required"), body()));
      return;
    }
    document.add(
        new Paragraph(
            report.ready()
                ? text("gap_report.gaps.ready", report.stage())
                : text("gap_report.gaps.intro", report.required() - report.met(), report.stage()),
            body()));
    PdfPTable blocks = PdfLayout.blocks();
    for (PrintedGapReport.Domain domain : report.domains()) {
      PdfPCell block = PdfLayout.block();
      block.addElement(
          new Paragraph(
              text("gap_report.domain", domain.code(), domain.title()), layout.subheading()));
      PdfPTable table = PdfLayout.table(new float[] {9, 1.8f, 1.8f, 1.5f, 2.6f});
      layout.header(
          table,
          text("gap_report.gaps.col.competency"),
          text("gap_report.gaps.col.required"),
          text("gap_report.gaps.col.attained"),
          text("gap_report.gaps.col.gap"),
          text("gap_report.gaps.col.status"));
      for (PrintedGapReport.Competency competency : domain.competencies()) {
        Font font = competency.gap() > 0 ? layout.cellBold() : layout.cell();
        table.addCell(
            PdfLayout.cell(
                competency.statement() == null
                    ? competency.code()
                    : text("gap_report.competency", competency.code(), competency.statement()),
                layout.cell(),
                Element.ALIGN_LEFT));
        table.addCell(number(competency.required(), layout.cell()));
        table.addCell(number(competency.attained(), layout.cell()));
        table.addCell(number(competency.gap(), font));
        table.addCell(
            PdfLayout.cell(
                competency.gap() == 0
                    ? text("gap_report.gaps.met")
                    : text("gap_report.gaps.open", competency.gap()),
                font,
                Element.ALIGN_LEFT));
      }
      block.addElement(table);
      blocks.addCell(block);
    }
    document.add(blocks);
  }

  private void courses(Document document) {
    layout.section(document, text("gap_report.courses"));
    if (report.courses().isEmpty()) {
      document.add(
          new Paragraph(
              report.ready()
                  ? text("gap_report.courses.none_needed")
                  : text("gap_report.courses.none"),
              body()));
      return;
    }
    document.add(new Paragraph(text("gap_report.courses.intro"), body()));
    PdfPTable table = PdfLayout.table(new float[] {1.2f, 9, 5, 1.8f, 2, 4.5f});
    layout.header(
        table,
        text("gap_report.courses.col.number"),
        text("gap_report.courses.col.course"),
        text("gap_report.courses.col.provider"),
        text("gap_report.courses.col.hours"),
        text("gap_report.courses.col.points"),
        text("gap_report.courses.col.addresses"));
    int number = 0;
    for (PrintedGapReport.Course course : report.courses()) {
      number++;
      table.addCell(number(number, layout.cell()));
      table.addCell(
          PdfLayout.cell(
              course.code() == null || course.code().isBlank()
                  ? course.title()
                  : text("gap_report.courses.title", course.title(), course.code()),
              layout.cell(),
              Element.ALIGN_LEFT));
      table.addCell(
          PdfLayout.cell(
              course.provider() == null ? "" : course.provider(),
              layout.cell(),
              Element.ALIGN_LEFT));
      table.addCell(
          PdfLayout.cell(PdfLayout.amount(course.hours()), layout.cell(), Element.ALIGN_RIGHT));
      table.addCell(number(course.points(), layout.cell()));
      table.addCell(
          PdfLayout.cell(String.join(", ", course.addresses()), layout.cell(), Element.ALIGN_LEFT));
    }
    document.add(table);
  }

  private static PdfPCell number(int value, Font font) {
    return PdfLayout.cell(String.valueOf(value), font, Element.ALIGN_RIGHT);
  }

  private Font body() {
    return layout.body();
  }

  private String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  private static String text(String key, Object... arguments) {
    return Messages.format(key, arguments);
  }
}
