package org.linkworker.trellis.platform.export;

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
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.linkworker.trellis.platform.Messages;

/**
 * What every PDF the application writes has in common, so that a CPD summary and a gap report print
 * alike: A4 with margins, en-GB, the text set in Liberation Sans (the font OpenPDF ships, SIL Open
 * Font License) embedded as the glyphs used only, so that a pound sign or any accented name prints
 * as typed whatever fonts the reader's machine has; tables whose header row repeats on every page;
 * section headings that never sit alone at the foot of a page; charts drawn as vectors in the same
 * font; and a footer on every page with a line of its own on the left and "Page n of m" on the
 * right.
 *
 * <p>One layout per document: what a document writes of its font is its own business.
 */
public final class PdfLayout {

  /** The media type of every PDF the application writes. */
  public static final String MEDIA_TYPE = "application/pdf";

  /** Points in a millimetre. */
  public static final float MM = 72f / 25.4f;

  public static final float BODY_SIZE = 9.5f;
  public static final float TABLE_SIZE = 8.5f;
  private static final float FOOTER_SIZE = 8f;

  /** The least room a section's heading needs under it to start on a page. */
  private static final float SECTION_ROOM = 120f;

  private static final Color RULE = new Color(0x99, 0x99, 0x99);
  private static final Color HEADER = new Color(0xe6, 0xe6, 0xe6);

  /** Liberation Sans, inside the OpenPDF jar. */
  static final String FONT_RESOURCE = "/font-fallback/LiberationSans-Regular.ttf";

  private static final byte[] FONT = fontProgram();

  /** The same font for charts, which Java 2D measures and draws. */
  private static final java.awt.Font CHART_FONT = chartFontProgram();

  private final BaseFont base;
  private final Font title;
  private final Font heading;
  private final Font subheading;
  private final Font body;
  private final Font bodyBold;
  private final Font cell;
  private final Font cellBold;
  private PdfWriter writer;

  public PdfLayout() {
    try {
      base =
          BaseFont.createFont(
              "LiberationSans-Regular.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              false,
              FONT,
              null);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("The documents' font cannot be read", e);
    }
    title = new Font(base, 20, Font.BOLD);
    heading = new Font(base, 14, Font.BOLD);
    subheading = new Font(base, 11, Font.BOLD);
    body = new Font(base, BODY_SIZE);
    bodyBold = new Font(base, BODY_SIZE, Font.BOLD);
    cell = new Font(base, TABLE_SIZE);
    cellBold = new Font(base, TABLE_SIZE, Font.BOLD);
  }

  /** The facts a document says about itself, shown by a reader's document properties. */
  public record Properties(String title, String subject, String author, String creator) {}

  /**
   * Writes a document to the stream, which it leaves open: opens an A4 page with every page's
   * footer, lets {@code content} add the body, and closes it.
   *
   * @param footer the footer's left-hand line
   * @param pageKey the platform message that says "Page {0} of {1}"
   */
  public void write(
      OutputStream out,
      Properties properties,
      String footer,
      String pageKey,
      Consumer<Document> content) {
    write(out, PageSize.A4, properties, footer, pageKey, content);
  }

  /**
   * As {@link #write(OutputStream, Properties, String, String, Consumer)}, on A4 turned sideways:
   * for a table too wide to stand upright.
   */
  public void writeLandscape(
      OutputStream out,
      Properties properties,
      String footer,
      String pageKey,
      Consumer<Document> content) {
    write(out, PageSize.A4.rotate(), properties, footer, pageKey, content);
  }

  private void write(
      OutputStream out,
      Rectangle page,
      Properties properties,
      String footer,
      String pageKey,
      Consumer<Document> content) {
    Document document = new Document(page, 18 * MM, 18 * MM, 18 * MM, 22 * MM);
    try {
      writer = PdfWriter.getInstance(document, new Unclosed(out));
      writer.setPageEvent(new Footer(footer, pageKey));
      writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
      // A chart stays where it is read: what follows it never fills the room above it.
      writer.setStrictImageSequence(true);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
      document.addTitle(properties.title());
      document.addSubject(properties.subject());
      document.addAuthor(properties.author());
      document.addCreator(properties.creator());
      document.open();
      content.accept(document);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The document could not be laid out", e);
    }
  }

  public Font title() {
    return title;
  }

  public Font heading() {
    return heading;
  }

  public Font subheading() {
    return subheading;
  }

  public Font body() {
    return body;
  }

  public Font bodyBold() {
    return bodyBold;
  }

  public Font cell() {
    return cell;
  }

  public Font cellBold() {
    return cellBold;
  }

  /** The font of a chart's text, at a size. */
  public java.awt.Font chartFont(float size) {
    return CHART_FONT.deriveFont(size);
  }

  /**
   * A section's heading, on a new page when too little of this one is left for the heading and the
   * first lines under it.
   */
  public void section(Document document, String text) {
    if (writer.getVerticalPosition(true) - document.bottom() < SECTION_ROOM) {
      document.newPage();
    }
    Paragraph paragraph = new Paragraph(text, heading);
    paragraph.setSpacingBefore(14);
    paragraph.setSpacingAfter(6);
    document.add(paragraph);
  }

  /**
   * A chart drawn by {@code drawing} onto a canvas of the size given, as a form of vector drawing
   * placed like an image, with its text in the document's own font.
   *
   * @param alt what the chart shows, for a reader who cannot see it
   */
  public Image chart(float width, float height, ChartDrawing drawing, String alt) {
    PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
    Graphics2D graphics = canvas.createGraphics(width, height, new ChartFonts());
    try {
      drawing.draw(graphics, width, height);
    } finally {
      graphics.dispose();
    }
    try {
      Image image = Image.getInstance(canvas);
      image.setAlt(alt);
      image.setSpacingBefore(8);
      return image;
    } catch (DocumentException e) {
      throw new IllegalStateException("The chart could not be placed", e);
    }
  }

  /** Draws a chart onto a Java 2D canvas of a size. */
  @FunctionalInterface
  public interface ChartDrawing {
    void draw(Graphics2D graphics, float width, float height);
  }

  /** A table of the widths given (relative), its first row a header repeated on every page. */
  public static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    table.setSpacingAfter(4);
    table.setSplitLate(true);
    table.setSplitRows(true);
    return table;
  }

  /** The table's header row, one cell per text. */
  public void header(PdfPTable table, String... texts) {
    for (String text : texts) {
      PdfPCell heading = cell(text, cellBold, Element.ALIGN_LEFT);
      heading.setBackgroundColor(HEADER);
      table.addCell(heading);
    }
  }

  /** A ruled cell. */
  public static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPadding(3);
    cell.setPaddingBottom(4);
    cell.setUseAscender(true);
    return cell;
  }

  /**
   * A borderless column of blocks (a scheme, a domain's gaps), each kept on one page: a block that
   * does not fit what is left of a page starts the next; only one longer than a page is split.
   */
  public static PdfPTable blocks() {
    PdfPTable blocks = new PdfPTable(1);
    blocks.setWidthPercentage(100);
    blocks.setSplitLate(true);
    blocks.setSplitRows(true);
    return blocks;
  }

  /** One block of {@link #blocks()}. */
  public static PdfPCell block() {
    PdfPCell block = new PdfPCell();
    block.setBorder(Rectangle.NO_BORDER);
    block.setPadding(0);
    block.setPaddingBottom(10);
    return block;
  }

  /** Hours and other amounts as people write them: 1.5, 12, 0.25. */
  public static String amount(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    BigDecimal plain = amount.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }

  // --- every page's footer: a line on the left and "Page n of m" on the right -------------------

  private final class Footer extends PdfPageEventHelper {

    private final String line;
    private final String pageKey;

    /** Where the page count goes on every page, written once the last page is known. */
    private PdfTemplate pages;

    private float countWidth;

    Footer(String line, String pageKey) {
      this.line = line;
      this.pageKey = pageKey;
    }

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
          canvas, Element.ALIGN_LEFT, new Phrase(line, small), document.left(), y, 0);
      // "Page {0} of {1}": the page number now, the count (a template) once it is known.
      String marker = "\u0000";
      String[] around =
          Messages.format(pageKey, String.valueOf(writer.getPageNumber()), marker)
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

  /** A chart's text in the document's own font, so it needs no font of the machine's. */
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
  private static final class Unclosed extends FilterOutputStream {

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

  private static java.awt.Font chartFontProgram() {
    try {
      return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(FONT));
    } catch (java.awt.FontFormatException | IOException e) {
      throw new IllegalStateException("The charts' font cannot be read", e);
    }
  }
}
