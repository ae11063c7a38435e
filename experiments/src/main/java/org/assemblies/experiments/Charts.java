package org.assemblies.experiments;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Plots in the style of the paper's figures: lines of mean ± spread over seeds, reference lines. */
public final class Charts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /** An empty line chart with the project's style. */
  public static XYChart chart(String title, String xLabel, String yLabel) {
    XYChart c = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel)
        .yAxisTitle(yLabel).build();
    c.getStyler().setChartBackgroundColor(Color.WHITE);
    c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    c.getStyler().setLegendBorderColor(Color.LIGHT_GRAY);
    c.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    c.getStyler().setAntiAlias(true);
    c.getStyler().setErrorBarsColorSeriesColor(true);
    return c;
  }

  /** Adds y = mean ± sd against x (error bars when any sd is positive). */
  public static XYSeries line(XYChart c, String name, Table.Series s) {
    boolean bars = java.util.Arrays.stream(s.sd()).anyMatch(v -> v > 0);
    XYSeries series = bars ? c.addSeries(name, s.x(), s.mean(), s.sd()) : c.addSeries(name, s.x(), s.mean());
    series.setMarker(s.x().length > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
    series.setLineWidth(1.6f);
    return series;
  }

  /** A dashed horizontal reference line at y over [x0, x1], named (e.g. "k = 317" or "p"). */
  public static XYSeries horizontal(XYChart c, String name, double y, double x0, double x1) {
    XYSeries line = c.addSeries(name, new double[] {x0, x1}, new double[] {y, y});
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(Color.DARK_GRAY);
    line.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {7f, 5f}, 0f));
    return line;
  }
}
