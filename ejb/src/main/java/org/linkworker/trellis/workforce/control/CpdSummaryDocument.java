package org.linkworker.trellis.workforce.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.portfolio.entity.ActivityType;
import org.linkworker.trellis.portfolio.entity.EntryStatus;

/**
 * A CPD summary as a PDF made for printing: A4 with margins, a title naming the worker, their
 * organisation, stage and the period; the totals; the hours by activity type as a table and as a
 * bar chart; the compliance with each requirement scheme; every entry in a table whose header
 * repeats on each page; and, for readers who may see them, the entries' reflections. Every page
 * ends with "Page n of m". Nothing is said by colour alone: statuses and standings are words.
 *
 * <p>Every text comes from the platform's messages ({@code cpd_summary.*}), in en-GB. Text is set
 * in Liberation Sans, the font OpenPDF ships, embedded (as the glyphs used only), so that a pound
 * sign or any accented name prints as typed whatever fonts the reader's machine has.
 */
public final class CpdSummaryDocument {

  /** Liberation Sans (SIL Open Font License), inside the OpenPDF jar. */
  static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

  private static final byte[] FONT = fontProgram();

  /** The same font for the chart, which Java 2D measures and draws. */
  private static final java.awt.Font CHART_FONT = chartFont();

  private static final float MM = 72f / 25.4f;
  private static final Color RULE = new Color(0x99, 0x99, 0x99);
  private static final Color HEADER = new Color(0xe6, 0xe6, 0xe6);
  private static final float BODY_SIZE = 9.5f;
  private static final float TABLE_SIZE = 8.5f;
  private static final float FOOTER_SIZE = 8f;
  private static final float CHART_HEIGHT = 190f;

  /** The least room a section's heading needs under it to start on a page. */
  private static final float SECTION_ROOM = 120f;

  private final CpdSummary summary;
  private PdfWriter writer;
  private final DateTimeFormatter dates;
  private final DateTimeFormatter shortDates;
  private final BaseFont base;
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
    try {
      // A font of its own per document: what a document writes of a font is its own business.
      this.base =
          BaseFont.createFont(
              "LiberationSans-Regular.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              false,
              FONT,
              null);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("The summary's font cannot be read", e);
    }
    title = new Font(base, 20, Font.BOLD);
    heading = new Font(base, 14, Font.BOLD);
    subheading = new Font(base, 11, Font.BOLD);
    body = new Font(base, BODY_SIZE);
    bodyBold = new Font(base, BODY_SIZE, Font.BOLD);
    cell = new Font(base, TABLE_SIZE);
    cellBold = new Font(base, TABLE_SIZE, Font.BOLD);
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
    Document document = new Document(PageSize.A4, 18 * MM, 18 * MM, 18 * MM, 22 * MM);
    try {
      writer = PdfWriter.getInstance(document, new Unclosed(out));
      writer.setPageEvent(new Footer());
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
      document.addTitle(
          text(
              "cpd_summary.document_title",
              summary.worker().displayName(),
              date(summary.from()),
              date(summary.to())));
      document.addSubject(text("cpd_summary.subject"));
      document.addAuthor(summary.worker().displayName());
      document.addCreator(text("cpd_summary.title"));
      document.open();
      titleBlock(document);
      totals(document);
      byType(document);
      compliance(document);
      entries(document);
      if (summary.reflections()) {
        reflections(document);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The CPD summary could not be laid out", e);
    }
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
    Paragraph facts = new Paragraph(BODY_SIZE * 1.45f, "", body);
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
    PdfTemplate drawing = writer.getDirectContent().createTemplate(width, CHART_HEIGHT);
    Graphics2D graphics = drawing.createGraphics(width, CHART_HEIGHT, new ChartFonts());
    try {
      new HoursChart(
              totals,
              this::type,
              text("cpd_summary.chart.axis.type"),
              text("cpd_summary.chart.axis.hours"),
              CHART_FONT.deriveFont(TABLE_SIZE))
          .draw(graphics, width, CHART_HEIGHT);
    } finally {
      graphics.dispose();
    }
    try {
      Image image = Image.getInstance(drawing);
      image.setAlt(text("cpd_summary.chart.alt"));
      image.setSpacingBefore(8);
      return image;
    } catch (DocumentException e) {
      throw new IllegalStateException("The chart could not be placed", e);
    }
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

  /**
   * A section's heading, on a new page when too little of this one is left for the heading and the
   * first lines under it.
   */
  private void section(Document document, String key) {
    if (writer.getVerticalPosition(true) - document.bottom() < SECTION_ROOM) {
      document.newPage();
    }
    Paragraph paragraph = new Paragraph(text(key), heading);
    paragraph.setSpacingBefore(14);
    paragraph.setSpacingAfter(6);
    document.add(paragraph);
  }

  /**
   * A borderless column of blocks (a scheme, an entry's reflection), each kept on one page: a block
   * that does not fit what is left of a page starts the next; only one longer than a page is split.
   */
  private static PdfPTable blocks() {
    PdfPTable blocks = new PdfPTable(1);
    blocks.setWidthPercentage(100);
    blocks.setSplitLate(true);
    blocks.setSplitRows(true);
    return blocks;
  }

  private static PdfPCell block() {
    PdfPCell block = new PdfPCell();
    block.setBorder(Rectangle.NO_BORDER);
    block.setPadding(0);
    block.setPaddingBottom(10);
    return block;
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    table.setSpacingAfter(4);
    table.setSplitLate(true);
    table.setSplitRows(true);
    return table;
  }

  private void header(PdfPTable table, String... keys) {
    for (String key : keys) {
      PdfPCell heading = cell(text(key), cellBold, Element.ALIGN_LEFT);
      heading.setBackgroundColor(HEADER);
      table.addCell(heading);
    }
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPadding(3);
    cell.setPaddingBottom(4);
    cell.setUseAscender(true);
    return cell;
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
    if (amount == null) {
      return "";
    }
    BigDecimal plain = amount.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String text(String key, Object... arguments) {
    return Messages.format(key, arguments);
  }

  // --- every page's footer: who and when on the left, "Page n of m" on the right -------------

  private final class Footer extends PdfPageEventHelper {

    /** Where the page count goes on every page, written once the last page is known. */
    private PdfTemplate pages;

    private float countWidth;

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      countWidth = base.getWidthPoint("0000", FOOTER_SIZE);
      pages = writer.getDirectContent().createTemplate(countWidth, FOOTER_SIZE * 1.5f);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      Font small = new Font(base, FOOTER_SIZE);
      float y = document.bottom() - 10 * MM;
      canvas.saveState();
      canvas.setColorStroke(RULE);
      canvas.setLineWidth(0.5f);
      canvas.moveTo(document.left(), y + FOOTER_SIZE * 1.6f);
      canvas.lineTo(document.right(), y + FOOTER_SIZE * 1.6f);
      canvas.stroke();
      canvas.restoreState();
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          new Phrase(
              text(
                  "cpd_summary.footer",
                  summary.worker().displayName(),
                  date(summary.from()),
                  date(summary.to())),
              small),
          document.left(),
          y,
          0);
      // "Page {0} of {1}": the page number now, the count (a template) once it is known.
      String marker = "\u0000";
      String[] around =
          text("cpd_summary.page", String.valueOf(writer.getPageNumber()), marker)
              .split(marker, -1);
      float before = base.getWidthPoint(around[0], FOOTER_SIZE);
      float after = base.getWidthPoint(around[1], FOOTER_SIZE);
      float start = document.right() - before - countWidth - after;
      ColumnText.showTextAligned(
          canvas, Element.ALIGN_LEFT, new Phrase(around[0], small), start, y, 0);
      canvas.addTemplate(pages, start + before, y);
      ColumnText.showTextAligned(
          canvas,
          Element.ALIGN_LEFT,
          new Phrase(around[1], small),
          start + before + countWidth,
          y,
          0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      pages.beginText();
      pages.setFontAndSize(base, FOOTER_SIZE);
      pages.setTextMatrix(0, 0);
      pages.showText(String.valueOf(writer.getPageNumber() - 1));
      pages.endText();
    }
  }

  /** The chart's text in the document's own font, so it needs no font of the machine's. */
  private final class ChartFonts implements FontMapper {

    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
      return base;
    }

    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
      return CHART_FONT.deriveFont((float) size);
    }
  }

  /** The caller's stream, which closing the document must leave open. */
  private static final class Unclosed extends java.io.FilterOutputStream {

    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static byte[] fontProgram() {
    try (InputStream in = BaseFont.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("No " + FONT_RESOURCE + " in the OpenPDF library");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.awt.Font chartFont() {
    try {
      return java.awt.Font.createFont(
          java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(FONT));
    } catch (java.awt.FontFormatException | IOException e) {
      throw new IllegalStateException("The chart's font cannot be read", e);
    }
  }
}
