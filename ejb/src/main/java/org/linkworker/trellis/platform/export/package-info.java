/**
 * Writing what people download: CSV files that open safely in a spreadsheet, and the layout every
 * PDF shares (page, font, tables, footer, charts).
 */
package org.linkworker.trellis.platform.export;
