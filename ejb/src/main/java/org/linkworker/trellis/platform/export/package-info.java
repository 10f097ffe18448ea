/** Writing what people download: CSV files that open safely in a spreadsheet. */
package org.linkworker.trellis.platform.export;
