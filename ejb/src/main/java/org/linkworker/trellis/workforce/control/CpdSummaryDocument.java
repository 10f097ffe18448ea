package org.linkworker.trellis.workforce.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.export.PdfLayout;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * A CPD summary as a PDF made for printing: A4 with margins, a title naming the worker, their
 * organisation, stage and the period; the totals; the hours by activity type as a table and as a
 * bar chart; the compliance with each requirement scheme; every entry in a table whose header
 * repeats on each page; and, for readers who may see them, the entries' reflections. Every page
 * ends with "Page n of m". Nothing is said by colour alone: statuses and standings are words.
 *
 * <p>Every text comes from the platform's messages ({@code cpd_summary.*}), in en-GB. The page, the
 * font (Liberation Sans, embedded), the tables and the footer are {@link PdfLayout}'s, shared with
 * every PDF the application writes.
 */
public final class CpdSummaryDocument {

  private static final float CHART_HEIGHT = 190f;

  private final CpdSummary summary;
  private final PdfLayout layout = new PdfLayout();
  private final DateTimeFormatter dates;
  private final DateTimeFormatter shortDates;
  private final Font title;
  private final Font heading;
  private final Font subheading;
  private final Font body;
  private final Font bodyBold;
  private final Font cell;
  private final Font cellBold;

  private CpdSummaryDocument(CpdSummary summary) {
    this.summary = summary;
    this.dates =
        DateTimeFormatter.ofPattern(Messages.format("cpd_summary.date_pattern"), Locale.UK);
    this.shortDates =
        DateTimeFormatter.ofPattern(Messages.format("cpd_summary.short_date_pattern"), Locale.UK);
    title = layout.title();
    heading = layout.heading();
    subheading = layout.subheading();
    body = layout.body();
    bodyBold = layout.bodyBold();
    cell = layout.cell();
    cellBold = layout.cellBold();
  }

  /** The summary as the bytes of a PDF file. */
  public static byte[] render(CpdSummary summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(summary, out);
    return out.toByteArray();
  }

  /** Writes the summary as a PDF file to the stream, which it leaves open. */
  public static void write(CpdSummary summary, OutputStream out) {
    new CpdSummaryDocument(summary).writeTo(out);
  }

  private void writeTo(OutputStream out) {
    layout.write(
        out,
        new PdfLayout.Properties(
            text(
                "cpd_summary.document_title",
                summary.worker().displayName(),
                date(summary.from()),
                date(summary.to())),
            text("cpd_summary.subject"),
            summary.worker().displayName(),
            text("cpd_summary.title")),
        text(
            "cpd_summary.footer",
            summary.worker().displayName(),
            date(summary.from()),
            date(summary.to())),
        "cpd_summary.page",
        document -> {
          titleBlock(document);
          totals(document);
          byType(document);
          compliance(document);
          entries(document);
          if (summary.reflections()) {
            reflections(document);
          }
        });
  }

  // --- the sections, in the order they are printed -------------------------------------------

  private void titleBlock(Document document) {
    CpdSummary.Worker worker = summary.worker();
    Paragraph top = new Paragraph(text("cpd_summary.title"), title);
    top.setSpacingAfter(4);
    document.add(top);
    document.add(
        new Paragraph(
            text("cpd_summary.worker", worker.displayName(), worker.username()), heading));
    Paragraph facts = new Paragraph(PdfLayout.BODY_SIZE * 1.45f, "", body);
    facts.setSpacingBefore(4);
    line(
        facts,
        worker.organisation() == null
            ? text("cpd_summary.no_organisation")
            : text("cpd_summary.organisation", worker.organisation()));
    line(
        facts,
        worker.stage() == null
            ? text("cpd_summary.no_stage")
            : text("cpd_summary.stage", worker.stage()));
    line(facts, text("cpd_summary.period", date(summary.from()), date(summary.to())));
    line(facts, text("cpd_summary.produced", date(summary.produced()), summary.producedFor()));
    facts.add(
        new Chunk(
            text(
                summary.reflections()
                    ? "cpd_summary.reflections_in"
                    : "cpd_summary.reflections_out"),
            body));
    document.add(facts);
  }

  private void line(Paragraph paragraph, String text) {
    paragraph.add(new Chunk(text + "\n", body));
  }

  private void totals(Document document) {
    section(document, "cpd_summary.totals");
    PdfPTable table = table(new float[] {6, 1.6f, 1.6f});
    table.setWidthPercentage(75);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    header(
        table,
        "cpd_summary.totals.col.what",
        "cpd_summary.totals.col.entries",
        "cpd_summary.totals.col.hours");
    List<CpdSummary.Entry> entries = summary.entries();
    totalRow(table, "cpd_summary.totals.all", entries.size(), summary.hours(), true);
    totalRow(
        table,
        "cpd_summary.totals.participatory",
        (int) entries.stream().filter(CpdSummary.Entry::participatory).count(),
        summary.participatoryHours(),
        false);
    totalRow(
        table,
        "cpd_summary.totals.verified",
        summary.entriesIn(EntryStatus.VERIFIED),
        summary.hoursIn(EntryStatus.VERIFIED),
        false);
    totalRow(
        table,
        "cpd_summary.totals.submitted",
        summary.entriesIn(EntryStatus.SUBMITTED),
        summary.hoursIn(EntryStatus.SUBMITTED),
        false);
    totalRow(
        table,
        "cpd_summary.totals.drafts",
        summary.entriesIn(EntryStatus.DRAFT) + summary.entriesIn(EntryStatus.RETURNED),
        summary.hoursIn(EntryStatus.DRAFT).add(summary.hoursIn(EntryStatus.RETURNED)),
        false);
    document.add(table);
  }

  private void totalRow(PdfPTable table, String key, int entries, BigDecimal hours, boolean bold) {
    Font font = bold ? cellBold : cell;
    table.addCell(cell(text(key), font, Element.ALIGN_LEFT));
    table.addCell(cell(String.valueOf(entries), font, Element.ALIGN_RIGHT));
    table.addCell(cell(hours(hours), font, Element.ALIGN_RIGHT));
  }

  private void byType(Document document) {
    section(document, "cpd_summary.by_type");
    List<CpdSummary.TypeTotal> totals = summary.byType();
    PdfPTable table = table(new float[] {6, 1.6f, 1.6f});
    table.setWidthPercentage(75);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    header(
        table,
        "cpd_summary.by_type.col.type",
        "cpd_summary.by_type.col.entries",
        "cpd_summary.by_type.col.hours");
    for (CpdSummary.TypeTotal total : totals) {
      table.addCell(cell(type(total.type()), cell, Element.ALIGN_LEFT));
      table.addCell(cell(String.valueOf(total.entries()), cell, Element.ALIGN_RIGHT));
      table.addCell(cell(hours(total.hours()), cell, Element.ALIGN_RIGHT));
    }
    table.addCell(cell(text("cpd_summary.by_type.total"), cellBold, Element.ALIGN_LEFT));
    table.addCell(cell(String.valueOf(summary.entries().size()), cellBold, Element.ALIGN_RIGHT));
    table.addCell(cell(hours(summary.hours()), cellBold, Element.ALIGN_RIGHT));
    document.add(table);
    document.add(chart(document.right() - document.left(), totals));
  }

  /** The chart as a form of vector drawing, placed like an image. */
  private Image chart(float width, List<CpdSummary.TypeTotal> totals) {
    HoursChart chart =
        new HoursChart(
            totals,
            this::type,
            text("cpd_summary.chart.axis.type"),
            text("cpd_summary.chart.axis.hours"),
            layout.chartFont(PdfLayout.TABLE_SIZE));
    return layout.chart(width, CHART_HEIGHT, chart::draw, text("cpd_summary.chart.alt"));
  }

  private void compliance(Document document) {
    section(document, "cpd_summary.compliance");
    if (summary.schemes().isEmpty()) {
      document.add(new Paragraph(text("cpd_summary.compliance.none"), body));
      return;
    }
    document.add(
        new Paragraph(
            text(
                "cpd_summary.compliance.on",
                summary.worker().displayName(),
                date(summary.complianceOn())),
            body));
    PdfPTable blocks = blocks();
    for (CpdSummary.Scheme scheme : summary.schemes()) {
      PdfPCell block = block();
      block.addElement(
          new Paragraph(
              text(
                  "cpd_summary.compliance.scheme",
                  scheme.title(),
                  text("cpd_summary.standing." + scheme.standing().name())),
              subheading));
      block.addElement(
          new Paragraph(
              text("cpd_summary.compliance.window", date(scheme.from()), date(scheme.to())), body));
      PdfPTable parts = table(new float[] {5, 1.6f, 1.6f, 1.6f, 1.2f});
      header(
          parts,
          "cpd_summary.compliance.col.part",
          "cpd_summary.compliance.col.required",
          "cpd_summary.compliance.col.achieved",
          "cpd_summary.compliance.col.missing",
          "cpd_summary.compliance.col.met");
      for (CpdSummary.Part part : scheme.parts()) {
        parts.addCell(cell(partName(part.code()), cell, Element.ALIGN_LEFT));
        parts.addCell(cell(hours(part.required()), cell, Element.ALIGN_RIGHT));
        parts.addCell(cell(hours(part.achieved()), cell, Element.ALIGN_RIGHT));
        parts.addCell(cell(hours(part.missing()), cell, Element.ALIGN_RIGHT));
        parts.addCell(
            cell(
                text(
                    part.met()
                        ? "cpd_summary.compliance.part_met"
                        : "cpd_summary.compliance.part_not_met"),
                cell,
                Element.ALIGN_LEFT));
      }
      block.addElement(parts);
      blocks.addCell(block);
    }
    document.add(blocks);
  }

  private void entries(Document document) {
    section(document, "cpd_summary.entries");
    if (summary.entries().isEmpty()) {
      document.add(new Paragraph(text("cpd_summary.entries.none"), body));
      return;
    }
    PdfPTable table = table(new float[] {4.5f, 12, 19.5f, 11.5f, 6, 7, 9, 15, 14.5f});
    header(
        table,
        "cpd_summary.entries.col.number",
        "cpd_summary.entries.col.date",
        "cpd_summary.entries.col.title",
        "cpd_summary.entries.col.type",
        "cpd_summary.entries.col.hours",
        "cpd_summary.entries.col.participatory",
        "cpd_summary.entries.col.status",
        "cpd_summary.entries.col.verified",
        "cpd_summary.entries.col.claims");
    int number = 0;
    for (CpdSummary.Entry entry : summary.entries()) {
      number++;
      table.addCell(cell(String.valueOf(number), cell, Element.ALIGN_RIGHT));
      table.addCell(cell(shortDate(entry.date()), cell, Element.ALIGN_LEFT));
      table.addCell(cell(entry.title(), cell, Element.ALIGN_LEFT));
      table.addCell(cell(type(entry.type()), cell, Element.ALIGN_LEFT));
      table.addCell(cell(hours(entry.hours()), cell, Element.ALIGN_RIGHT));
      table.addCell(
          cell(
              text(entry.participatory() ? "cpd_summary.entries.yes" : "cpd_summary.entries.no"),
              cell,
              Element.ALIGN_LEFT));
      table.addCell(
          cell(text("cpd_summary.status." + entry.status().name()), cell, Element.ALIGN_LEFT));
      table.addCell(
          cell(
              entry.verifiedBy() == null
                  ? text("cpd_summary.entries.not_verified")
                  : text(
                      "cpd_summary.entries.verified",
                      entry.verifiedBy(),
                      shortDate(entry.verifiedOn())),
              cell,
              Element.ALIGN_LEFT));
      table.addCell(
          cell(
              entry.claims().isEmpty()
                  ? text("cpd_summary.entries.no_claims")
                  : entry.claims().stream()
                      .map(c -> text("cpd_summary.entries.claim", c.competency(), c.level()))
                      .collect(Collectors.joining("; ")),
              cell,
              Element.ALIGN_LEFT));
    }
    document.add(table);
  }

  private void reflections(Document document) {
    section(document, "cpd_summary.reflections");
    PdfPTable blocks = blocks();
    int number = 0;
    for (CpdSummary.Entry entry : summary.entries()) {
      number++;
      CpdSummary.Reflection reflection = entry.reflection();
      if (reflection == null
          || (blank(reflection.what())
              && blank(reflection.learned())
              && blank(reflection.change()))) {
        continue;
      }
      PdfPCell block = block();
      block.addElement(
          new Paragraph(
              text(
                  "cpd_summary.reflections.entry",
                  String.valueOf(number),
                  date(entry.date()),
                  entry.title()),
              subheading));
      part(block, "cpd_summary.reflections.what", reflection.what());
      part(block, "cpd_summary.reflections.learned", reflection.learned());
      part(block, "cpd_summary.reflections.change", reflection.change());
      blocks.addCell(block);
    }
    if (blocks.size() == 0) {
      document.add(new Paragraph(text("cpd_summary.reflections.none"), body));
    } else {
      document.add(blocks);
    }
  }

  private void part(PdfPCell block, String key, String value) {
    Paragraph label = new Paragraph(text(key), bodyBold);
    label.setSpacingBefore(3);
    block.addElement(label);
    Paragraph words =
        new Paragraph(blank(value) ? text("cpd_summary.reflections.unwritten") : value, body);
    words.setIndentationLeft(8);
    block.addElement(words);
  }

  // --- building blocks ----------------------------------------------------------------------

  private void section(Document document, String key) {
    layout.section(document, text(key));
  }

  private static PdfPTable blocks() {
    return PdfLayout.blocks();
  }

  private static PdfPCell block() {
    return PdfLayout.block();
  }

  private static PdfPTable table(float[] widths) {
    return PdfLayout.table(widths);
  }

  private void header(PdfPTable table, String... keys) {
    layout.header(table, java.util.Arrays.stream(keys).map(k -> text(k)).toArray(String[]::new));
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    return PdfLayout.cell(text, font, alignment);
  }

  private String date(LocalDate date) {
    return date == null ? "" : dates.format(date);
  }

  private String shortDate(LocalDate date) {
    return date == null ? "" : shortDates.format(date);
  }

  private String type(ActivityType type) {
    return text("cpd_summary.type." + type.name());
  }

  private static String partName(String code) {
    String key = "cpd_summary.part." + code;
    String name = Messages.format(key);
    return name.startsWith(key) ? text("cpd_summary.part.other", code) : name;
  }

  /** Hours and other amounts as people write them: 1.5, 12, 0.25. */
  static String hours(BigDecimal amount) {
    return PdfLayout.amount(amount);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String text(String key, Object... arguments) {
    return Messages.format(key, arguments);
  }
}
