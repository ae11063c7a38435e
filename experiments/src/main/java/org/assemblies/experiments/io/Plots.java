package org.assemblies.experiments.io;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Charts of runs (XChart), rendered headless to PNG. */
public final class Plots {
  static {
    // no display needed (and none wanted) to render a bitmap
    System.setProperty("java.awt.headless", "true");
  }

  private Plots() {}

  /**
   * Support against round, one series per area, and a dashed horizontal line at k labelled "k".
   *
   * @param title the chart title
   * @param rounds the x values (rounds)
   * @param supportByArea per area, its support at each of {@code rounds}
   * @param k the cap size (drawn as a reference line); ≤ 0 to leave it out
   */
  public static XYChart supportChart(String title, int[] rounds, Map<String, int[]> supportByArea, int k) {
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
        .xAxisTitle("round").yAxisTitle("support (neurons that have fired)").build();
    XYStyler st = chart.getStyler();
    st.setChartBackgroundColor(Color.WHITE);
    st.setLegendPosition(Styler.LegendPosition.InsideNW);
    st.setLegendBorderColor(Color.LIGHT_GRAY);
    st.setPlotGridLinesColor(new Color(225, 225, 225));
    st.setAntiAlias(true);
    chart.getStyler().setYAxisMin(0.0);
    double[] x = toDouble(rounds);
    int maxY = Math.max(k, 1);
    for (Map.Entry<String, int[]> e : supportByArea.entrySet()) {
      XYSeries s = chart.addSeries(e.getKey(), x, toDouble(e.getValue()));
      s.setMarker(x.length > 60 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
      s.setLineWidth(2f);
      for (int v : e.getValue()) {
        maxY = Math.max(maxY, v);
      }
    }
    chart.getStyler().setYAxisMax(maxY * 1.08);
    if (k > 0 && x.length > 0) {
      double x0 = x[0];
      double x1 = x[x.length - 1] == x0 ? x0 + 1 : x[x.length - 1];
      XYSeries line = chart.addSeries("k = " + k, new double[] {x0, x1}, new double[] {k, k});
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(Color.DARK_GRAY);
      line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {8f, 6f}, 0f));
      chart.addAnnotation(new org.knowm.xchart.AnnotationText("k", x1 - (x1 - x0) * 0.01, k + maxY * 0.03, false));
    }
    return chart;
  }

  public static byte[] png(Chart<?, ?> chart) throws IOException {
    return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
  }

  private static double[] toDouble(int[] v) {
    double[] d = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      d[i] = v[i];
    }
    return d;
  }

  /** A double as text without locale or needless digits (CSV and tables). */
  public static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }
}
