package org.linkworker.trellis.workforce.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.linkworker.trellis.portfolio.entity.ActivityType;

/**
 * The bar chart of hours by activity type, drawn by JFreeChart onto any {@link Graphics2D} (the
 * summary draws it straight into the PDF, as vectors that print sharp). Made for paper: one dark
 * bar colour that means nothing by itself, each bar labelled with its hours, horizontal bars so the
 * types read as words, and no gradients, shadows or background.
 */
final class HoursChart {

  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color BAR = new Color(0x3d, 0x4f, 0x63);
  private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);

  private final JFreeChart chart;

  /**
   * @param totals the hours of each type, in the order the bars are drawn
   * @param label the name people read for a type
   * @param font the font of every text, at the size of the tick labels
   */
  HoursChart(
      List<CpdSummary.TypeTotal> totals,
      Function<ActivityType, String> label,
      String typeAxis,
      String hoursAxis,
      Font font) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CpdSummary.TypeTotal total : totals) {
      data.addValue(total.hours(), hoursAxis, label.apply(total.type()));
    }
    CategoryAxis types = new CategoryAxis(typeAxis);
    NumberAxis hours = new NumberAxis(hoursAxis);
    hours.setNumberFormatOverride(hoursFormat());
    hours.setUpperMargin(0.12);
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    bars.setSeriesPaint(0, BAR);
    bars.setMaximumBarWidth(0.7);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", hoursFormat()));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(font);
    bars.setDefaultItemLabelPaint(INK);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryPlot plot = new CategoryPlot(data, types, hours, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(RULE);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    for (var axis : List.of(types, hours)) {
      axis.setLabelFont(font);
      axis.setLabelPaint(INK);
      axis.setTickLabelFont(font);
      axis.setTickLabelPaint(INK);
      axis.setAxisLinePaint(INK);
    }
    chart = new JFreeChart(null, font, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  private static NumberFormat hoursFormat() {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(2);
    return format;
  }

  /** Draws the chart to fill the area. */
  void draw(Graphics2D graphics, float width, float height) {
    chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
  }
}
