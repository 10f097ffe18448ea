/**
 * Reading the CSV files people upload to be imported (Commons CSV): a file is checked whole before
 * it is stored (UTF-8, a header naming known columns, at least one row), then read row by row as
 * text, each row knowing its line in the file. What the columns mean is the importing component's
 * business; a {@link org.linkworker.trellis.platform.csv.CsvLayout} names them.
 */
package org.linkworker.trellis.platform.csv;
