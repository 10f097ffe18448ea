package org.linkworker.trellis.progression.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The bar chart of a gap report: for each competency the stage requires, the level required and the
 * level attained side by side, drawn by JFreeChart onto any {@link Graphics2D} (the report draws it
 * into the PDF as vectors). Made for paper and for readers who do not tell colours apart: the two
 * bars differ in lightness and outline, each is labelled with its level, and a legend names them.
 */
final class ReadinessChart {

  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color REQUIRED = new Color(0xd0, 0xd4, 0xd9);
  private static final Color ATTAINED = new Color(0x3d, 0x4f, 0x63);
  private static final Color RULE = new Color(0xbb, 0xbb, 0xbb);

  /** Above this many competencies the chart packs its rows tighter and its text smaller. */
  private static final int MANY = 24;

  /** The height a chart of so many competencies needs, in points: at most most of a page. */
  static float height(int competencies) {
    return Math.min(480f, 70f + competencies * (competencies > MANY ? 9.5f : 20f));
  }

  /** The size of the chart's text for so many competencies, in points. */
  static float textSize(int competencies) {
    return competencies > MANY ? 6.5f : 8.5f;
  }

  private final JFreeChart chart;

  /**
   * @param competencies the required competencies, in the order the bars are drawn
   * @param topLevel the highest level of the framework's scale
   * @param font the font of every text, at the size of the tick labels
   */
  ReadinessChart(
      List<PrintedGapReport.Competency> competencies,
      int topLevel,
      String competencyAxis,
      String levelAxis,
      String requiredSeries,
      String attainedSeries,
      Font font) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (PrintedGapReport.Competency competency : competencies) {
      data.addValue(competency.required(), requiredSeries, competency.code());
      data.addValue(competency.attained(), attainedSeries, competency.code());
    }
    CategoryAxis codes = new CategoryAxis(competencyAxis);
    codes.setCategoryMargin(0.25);
    NumberAxis levels = new NumberAxis(levelAxis);
    levels.setRange(0, Math.max(1, topLevel) + 0.4);
    levels.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(0.05);
    bars.setSeriesPaint(0, REQUIRED);
    bars.setSeriesPaint(1, ATTAINED);
    bars.setDrawBarOutline(true);
    bars.setSeriesOutlinePaint(0, INK);
    bars.setSeriesOutlineStroke(0, new BasicStroke(0.6f));
    bars.setSeriesOutlinePaint(1, ATTAINED);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(font);
    bars.setDefaultItemLabelPaint(INK);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    CategoryPlot plot = new CategoryPlot(data, codes, levels, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(RULE);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    for (var axis : List.of(codes, levels)) {
      axis.setLabelFont(font);
      axis.setLabelPaint(INK);
      axis.setTickLabelFont(font);
      axis.setTickLabelPaint(INK);
      axis.setAxisLinePaint(INK);
    }
    chart = new JFreeChart(null, font, plot, false);
    LegendTitle legend = new LegendTitle(plot);
    legend.setItemFont(font);
    legend.setItemPaint(INK);
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.TOP);
    legend.setBackgroundPaint(Color.WHITE);
    chart.addLegend(legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
  }

  /** Draws the chart to fill the area. */
  void draw(Graphics2D graphics, float width, float height) {
    chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
  }
}
