/**
 * Workforce logic with no transaction of its own: the CPD summary as a printable PDF ({@link
 * org.linkworker.trellis.workforce.control.CpdSummaryDocument}, laid out with OpenPDF, its chart
 * drawn by JFreeChart) from plain data the boundary has read and decided ({@link
 * org.linkworker.trellis.workforce.control.CpdSummary}).
 */
package org.linkworker.trellis.workforce.control;
