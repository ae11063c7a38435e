package org.assemblies.computation.classification;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/** Confusion matrices as heat maps (XChart). */
final class ConfusionPlots {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ConfusionPlots() {}

  /**
   * Sums rows {@code true, predicted, count} into an m×m matrix and divides each row by its total
   * (the fraction of each true class given each prediction).
   */
  static double[][] rowNormalised(Table confusion, int m) {
    double[][] counts = new double[m][m];
    for (Row r : confusion.rows()) {
      int y = (int) r.num("true");
      int q = (int) r.num("predicted");
      if (y < m && q < m) {
        counts[y][q] += r.num("count");
      }
    }
    for (double[] row : counts) {
      double s = 0;
      for (double v : row) {
        s += v;
      }
      if (s > 0) {
        for (int j = 0; j < row.length; j++) {
          row[j] /= s;
        }
      }
    }
    return counts;
  }

  /** A heat map of {@code matrix[true][predicted]}, true classes top to bottom. */
  static HeatMapChart heatMap(String title, List<String> names, double[][] matrix) {
    int m = matrix.length;
    HeatMapChart c = new HeatMapChartBuilder().width(760).height(680).title(title)
        .xAxisTitle("predicted").yAxisTitle("true").build();
    c.getStyler().setChartBackgroundColor(Color.WHITE);
    c.getStyler().setShowValue(true);
    c.getStyler().setHeatMapValueDecimalPattern("0.00");
    c.getStyler().setMin(0);
    c.getStyler().setMax(1);
    if (names.stream().anyMatch(n -> n.length() > 3)) {
      c.getStyler().setXAxisLabelRotation(45);
    }
    c.getStyler().setRangeColors(new Color[] {new Color(247, 251, 255), new Color(107, 174, 214),
        new Color(8, 48, 107)});
    List<String> x = new ArrayList<>(names);
    List<String> y = new ArrayList<>();
    List<Number[]> data = new ArrayList<>();
    for (int row = 0; row < m; row++) {
      y.add(names.get(m - 1 - row)); // y grows upwards: put the first class at the top
    }
    for (int col = 0; col < m; col++) {
      for (int row = 0; row < m; row++) {
        int trueClass = m - 1 - row;
        data.add(new Number[] {col, row, matrix[trueClass][col]});
      }
    }
    c.addSeries("fraction of the true class", x, y, data);
    return c;
  }
}
