package org.linkworker.trellis.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Why one row of an import was refused, as a person fixing the file needs it: the line number (the
 * header is line 1), the column, and what is wrong there.
 */
@Entity
@Table(name = "file_import_error")
@NamedQuery(
    name = ImportError.OF_IMPORT,
    query =
        "select new org.linkworker.trellis.imports.entity.ImportError$Line(e.rowNumber,"
            + " e.columnName, e.message) from ImportError e where e.importId = :import"
            + " order by e.rowNumber, e.id")
@NamedQuery(
    name = ImportError.FORGET_ROWS,
    query =
        "delete from ImportError e where e.importId = :import and e.rowNumber between :first"
            + " and :last")
@NamedQuery(
    name = ImportError.COUNT_BY_IMPORT,
    query =
        "select e.importId, count(e) from ImportError e where e.importId in :imports"
            + " group by e.importId")
public class ImportError {

  public static final String COUNT_BY_IMPORT = "ImportError.countByImport";

  public static final String OF_IMPORT = "ImportError.ofImport";
  public static final String FORGET_ROWS = "ImportError.forgetRows";

  /**
   * A chunk's errors are written in one JDBC batch with this statement (the database numbers them),
   * rather than one insert and one identity read each.
   */
  public static final String INSERT =
      "insert into file_import_error (import_id, line_number, column_name, error_message)"
          + " values (?, ?, ?, ?)";

  /** One error as pages, the API and the error report show it. */
  public record Line(long row, String column, String message) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "import_id", nullable = false, length = Lengths.IDENTIFIER)
  private String importId;

  @Column(name = "line_number", nullable = false)
  private long rowNumber;

  @Column(name = "column_name", length = Lengths.COLUMN)
  private String columnName;

  @Column(name = "error_message", nullable = false, length = Lengths.MESSAGE)
  private String message;

  protected ImportError() {}

  public ImportError(String importId, long rowNumber, String columnName, String message) {
    this.importId = Objects.requireNonNull(importId, "importId");
    this.rowNumber = rowNumber;
    this.columnName = columnName;
    this.message = fitted(message);
  }

  /** A message cut to its column. */
  public static String fitted(String message) {
    return message.length() > Lengths.MESSAGE ? message.substring(0, Lengths.MESSAGE) : message;
  }

  /** A column name cut to its column (a header may name anything). */
  public static String fittedColumn(String column) {
    return column == null || column.length() <= Lengths.COLUMN
        ? column
        : column.substring(0, Lengths.COLUMN);
  }

  public long getRowNumber() {
    return rowNumber;
  }

  public String getColumnName() {
    return columnName;
  }

  public String getMessage() {
    return message;
  }
}
