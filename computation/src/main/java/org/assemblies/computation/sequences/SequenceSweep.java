package org.assemblies.computation.sequences;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.core.Assembly;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;

/**
 * Capacity and scaling of sequence memorisation (the paper's Figs. 7–8): last-element recall after
 * a fixed number of presentations as the sequence length L, the area size n (with k = √n) or the
 * connection probability p varies; also the largest overlap between two distinct elements'
 * assemblies (how well the sequence stays separated).
 */
public final class SequenceSweep implements Experiment<SequenceSweep.Params> {

  /** Parameters: the fixed setting and the swept values. */
  public record Params(int n, int k, double p, double beta, int length, int presentations, boolean scaffold,
      List<Double> values) {
    public Params {
      new SequenceMemory.Config(Math.max(1000, length * k), n, k, p, beta, scaffold);
      if (length < 2 || presentations < 1) {
        throw new IllegalArgumentException("length=" + length + " must be ≥ 2 and presentations="
            + presentations + " ≥ 1");
      }
      if (values == null || values.isEmpty()) {
        throw new IllegalArgumentException("values must list at least one value");
      }
      values = List.copyOf(values);
    }
  }

  enum Variable { LENGTH, N, P }

  private final Variable variable;

  private SequenceSweep(Variable variable) {
    this.variable = variable;
  }

  /** Fig. 7: capacity — recall vs sequence length (n = 1000, k = 30, p = 0.2, 10 presentations). */
  public static SequenceSweep length() {
    return new SequenceSweep(Variable.LENGTH);
  }

  /** Fig. 8 (left): recall vs n with k = √n, p = 0.2. */
  public static SequenceSweep size() {
    return new SequenceSweep(Variable.N);
  }

  /** Fig. 8 (right): recall vs p at n = 1000, k = 30. */
  public static SequenceSweep density() {
    return new SequenceSweep(Variable.P);
  }

  private String column() {
    return switch (variable) {
      case LENGTH -> "length";
      case N -> "n";
      case P -> "p";
    };
  }

  @Override
  public String name() {
    return "sequence-vs-" + column();
  }

  @Override
  public String title() {
    return "Sequence memorisation: last-element recall vs " + column();
  }

  @Override
  public String source() {
    return "sequences.md §1 (Dabagia et al. 2024, " + (variable == Variable.LENGTH ? "Fig. 7" : "Fig. 8") + ")";
  }

  @Override
  public String expected() {
    return switch (variable) {
      case LENGTH -> "recall of the last element falls once the sequence exceeds the area's capacity; "
          + "distinct elements stay nearly disjoint";
      case N -> "recall improves with n (k = √n, p = 0.2)";
      case P -> "recall improves with p (n = 1000, k = 30)";
    };
  }

  @Override
  public Params defaults() {
    return switch (variable) {
      // ours (3 seeds): last-element recall 0.98, 0.99, 1.0, 0.34, 0.02 at L = 10, 25, 50, 100, 150
      case LENGTH -> new Params(1000, 30, 0.2, 0.1, 25, 10, false, List.of(10.0, 25.0, 50.0, 75.0, 100.0, 150.0));
      // ours (3 seeds): 0.35 at n = 250 (k = 16), ≥ 0.96 from n = 500 on
      case N -> new Params(1000, 30, 0.2, 0.1, 25, 10, false, List.of(250.0, 500.0, 1000.0, 2000.0, 4000.0));
      // ours (5 seeds, 5 presentations): 0.03, 0.06, 0.03, 0.96 at p = 0.05, 0.1, 0.2, 0.4
      case P -> new Params(1000, 30, 0.2, 0.1, 25, 5, false, List.of(0.05, 0.1, 0.2, 0.4));
    };
  }

  @Override
  public List<Point> points(Params p) {
    return p.values().stream().map(v -> Point.of(column(),
        variable == Variable.P ? (Object) v : (Object) v.intValue())).toList();
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    int length = variable == Variable.LENGTH ? point.integer("length") : p.length();
    int n = variable == Variable.N ? point.integer("n") : p.n();
    int k = variable == Variable.N ? (int) Math.round(Math.sqrt(n)) : p.k();
    double density = variable == Variable.P ? point.num("p") : p.p();
    SequenceMemory m = new SequenceMemory(new SequenceMemory.Config(
        Math.max(1000, length * k), n, k, density, p.beta(), p.scaffold()), seed);
    List<int[]> sequence = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      sequence.add(SequenceMemory.stimulus(i, k));
    }
    List<Assembly> first = m.present(sequence);
    for (int pres = 2; pres <= p.presentations(); pres++) {
      m.present(sequence);
    }
    List<Assembly> replay = m.recall(sequence.get(0), length);
    double maxOverlap = 0;
    for (int i = 0; i < length; i++) {
      for (int j = i + 1; j < length; j++) {
        maxOverlap = Math.max(maxOverlap, first.get(i).overlapFraction(first.get(j)));
      }
    }
    double mean = 0;
    for (int i = 0; i < length; i++) {
      mean += replay.get(i).overlapFraction(first.get(i)) / length;
    }
    return List.of(Row.of("k", k, "lastRecall", replay.get(length - 1).overlapFraction(first.get(length - 1)),
        "meanRecall", mean, "maxOverlapBetweenElements", maxOverlap));
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    List<Object> xs = t.distinct(column());
    double[] firstX = t.where(column(), xs.get(0)).values("lastRecall");
    double[] lastX = t.where(column(), xs.get(xs.size() - 1)).values("lastRecall");
    double[] trend = new double[Math.min(firstX.length, lastX.length)];
    for (int i = 0; i < trend.length; i++) {
      trend[i] = variable == Variable.LENGTH ? firstX[i] - lastX[i] : lastX[i] - firstX[i];
    }
    checks.add(Check.meanBetween(variable == Variable.LENGTH
            ? "recall(shortest) − recall(longest)" : "recall(largest " + column() + ") − recall(smallest)",
        variable == Variable.LENGTH ? "> 0 (falls with length)" : "> 0 (improves)", trend, 0.05, 1));
    if (variable == Variable.LENGTH) {
      checks.add(Check.allAtMost("largest overlap between two elements", "small", t.values("maxOverlapBetweenElements"), 0.5));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Sequence recall vs " + column(), column(), "recall (overlap / k)");
    Charts.line(c, "last element", t.series(column(), "lastRecall"));
    Charts.line(c, "mean over elements", t.series(column(), "meanRecall"));
    if (variable == Variable.LENGTH) {
      Charts.line(c, "largest overlap between elements", t.series(column(), "maxOverlapBetweenElements"));
    }
    c.getStyler().setYAxisMin(0.0).setYAxisMax(1.05);
    return List.of(new Figure("recall.png", "Recall vs " + column(), c));
  }
}
