package org.linkworker.trellis.catalogue.control;

import java.util.Iterator;
import java.util.List;
import org.linkworker.trellis.platform.csv.CsvFile;
import org.linkworker.trellis.platform.csv.CsvLayout;
import org.linkworker.trellis.platform.csv.CsvRow;

/**
 * A provider's catalogue as CSV (API.md: UTF-8, a header row, the columns of {@link #COLUMNS}),
 * read as every import file is ({@link CsvFile}): a row whose code an earlier row has is marked, in
 * any case.
 */
public final class CourseCsv {

  /** The columns, as the header spells them (in any case). */
  public static final List<String> COLUMNS =
      List.of(
          "code",
          "title",
          "description",
          "deliveryMode",
          "hours",
          "cpdHours",
          "accreditation",
          "url",
          "status",
          "mappings");

  /** The columns every file must have. */
  public static final List<String> REQUIRED = List.of("code", "title", "deliveryMode", "hours");

  /** The catalogue file's layout; its whole-file refusals are {@code catalogue.import_*}. */
  public static final CsvLayout LAYOUT =
      new CsvLayout(COLUMNS, REQUIRED, "code", true, "catalogue.import_");

  private CourseCsv() {}

  /** What is wrong with a file as a whole, or how many rows of courses it has. */
  public static CsvFile.Inspection inspect(byte[] content) {
    return CsvFile.inspect(content, LAYOUT);
  }

  /**
   * The file's rows, after the first {@code skip} (a restarted job continues where it stopped; rows
   * skipped still count for duplicates). The file must have passed {@link #inspect}.
   */
  public static Iterator<CsvRow> rows(byte[] content, long skip) {
    return CsvFile.rows(content, LAYOUT, skip);
  }

  /** The header of the downloadable template, and an example row. */
  public static String template() {
    return CsvFile.template(
        LAYOUT,
        "CLP-101,Listening to what matters,\"A day on person-centred conversations, with"
            + " practice.\",IN_PERSON,6,6,Personalised Care Institute,https://example.org/clp-101,"
            + "DRAFT,PC.1:1:DEVELOPS;PC.2:1:INTRODUCES");
  }
}
