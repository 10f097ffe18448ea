package org.linkworker.trellis.authoring.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.linkworker.trellis.authoring.boundary.VersionDiff.DiffCompetency;
import org.linkworker.trellis.authoring.boundary.VersionDiff.VersionChange;
import org.linkworker.trellis.platform.Messages;
import org.linkworker.trellis.platform.export.PdfLayout;

/**
 * The diff between two versions of a framework as a PDF made for printing, laid out as every PDF of
 * the application is ({@link PdfLayout}, A4 landscape for the wide table): a title naming the
 * framework and the two versions, how many changes of each kind, and a row per change with its
 * kind, the earlier and later competencies (code and statement), what differs, and the workers,
 * entries and courses it touches. An empty diff says so in words. Texts: {@code framework_diff.*}.
 */
final class VersionDiffDocument {

  private final VersionDiff diff;
  private final PdfLayout layout = new PdfLayout();

  private VersionDiffDocument(VersionDiff diff) {
    this.diff = diff;
  }

  /** The diff as the bytes of a PDF file. */
  static byte[] render(VersionDiff diff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VersionDiffDocument document = new VersionDiffDocument(diff);
    document.layout.writeLandscape(
        out,
        new PdfLayout.Properties(
            text("framework_diff.document_title", diff.code(), diff.from(), diff.to()),
            text("framework_diff.subject"),
            text("framework_diff.author"),
            text("framework_diff.title")),
        text("framework_diff.footer", diff.code(), diff.from(), diff.to()),
        "framework_diff.page",
        document::content);
    return out.toByteArray();
  }

  private void content(Document document) {
    document.add(
        new Paragraph(
            text("framework_diff.document_title", diff.code(), diff.from(), diff.to()),
            layout.title()));
    DiffCounts counts = diff.counts();
    Paragraph summary =
        new Paragraph(
            text(
                "framework_diff.summary",
                counts.getUnchanged(),
                counts.getChanged(),
                counts.getSplit(),
                counts.getMerged(),
                counts.getNew(),
                counts.getRetired()),
            layout.body());
    summary.setSpacingBefore(6);
    document.add(summary);
    layout.section(document, text("framework_diff.changes"));
    if (diff.changes().isEmpty()) {
      document.add(new Paragraph(text("framework_diff.none"), layout.body()));
      return;
    }
    PdfPTable table = PdfLayout.table(new float[] {10, 30, 30, 10, 6.5f, 6.5f, 7});
    layout.header(
        table,
        text("framework_diff.column.kind"),
        text("framework_diff.column.from"),
        text("framework_diff.column.to"),
        text("framework_diff.column.fields"),
        text("framework_diff.column.workers"),
        text("framework_diff.column.entries"),
        text("framework_diff.column.courses"));
    for (VersionChange change : diff.changes()) {
      table.addCell(cell(text("framework_diff.kind." + change.kind().name())));
      table.addCell(cell(competencies(change.from())));
      table.addCell(cell(competencies(change.to())));
      table.addCell(cell(String.join(", ", change.fields())));
      table.addCell(number(change.workers()));
      table.addCell(number(change.entries()));
      table.addCell(number(change.courses()));
    }
    document.add(table);
  }

  private PdfPCell cell(String value) {
    return PdfLayout.cell(value, layout.cell(), Element.ALIGN_LEFT);
  }

  private PdfPCell number(long value) {
    return PdfLayout.cell(Long.toString(value), layout.cell(), Element.ALIGN_RIGHT);
  }

  private static String competencies(List<DiffCompetency> competencies) {
    return competencies.isEmpty()
        ? "\u2014"
        : competencies.stream()
            .map(c -> c.code() + " " + c.title())
            .collect(Collectors.joining("\n"));
  }

  private static String text(String key, Object... arguments) {
    return Messages.format(key, arguments);
  }
}
