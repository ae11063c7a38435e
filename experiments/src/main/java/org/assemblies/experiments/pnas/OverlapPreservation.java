package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;

/**
 * Row 11: projection preserves overlap (Papadimitriou and Vempala, ITCS 2019): if two inputs of
 * size k share a fraction α of their neurons, their projections into an area of n neurons with
 * cap k share at least (k/n)^((1−α)/(1+α)) / ln(n/k)^(α/(1+α)) of their neurons.
 *
 * <p>Construction. The theorem is about projecting two <em>given</em> overlapping inputs, so we
 * build them explicitly (the reference's {@code overlap_sim.py} instead creates overlapping
 * assemblies by association, because a lazy area cannot hold arbitrary assemblies): an explicit
 * source area X of {@code sourceN} neurons holds x = neurons [0, k) and y = neurons
 * [k − αk, 2k − αk); x and then y are fixed in X and projected into a lazy target area T
 * (n, k) — one step each ({@code X → T}), or with {@code steps > 1} further steps of
 * {@code X → T, T → T}. Measured: |T's cap after x ∩ T's cap after y| / k.
 *
 * <p>Plasticity: β = 0 by default, so that y's projection meets exactly the random synapses x's
 * projection met and nothing learned from x favours x's image (with β > 0 the synapses from
 * x ∩ y onto x's image would be strengthened, raising the overlap above that of a pure random
 * projection). Both projections run in one brain because T is lazy: a neuron of T is represented
 * once it has fired, and y's step evaluates x's image exactly while the neurons that never fired
 * are sampled as fresh binomial inputs. That sampling ignores that those neurons lost x's
 * competition (so their input from x ∩ y is slightly below a fresh draw's); it makes our measured
 * overlap a slight under-estimate, which is the safe side for a lower bound. Ties of the integer
 * inputs go to the neurons that already fired, as in the reference.
 */
public final class OverlapPreservation implements Experiment<OverlapPreservation.Params> {

  /**
   * Parameters.
   *
   * @param sourceN neurons of the explicit source area (≥ 2k)
   * @param steps projection steps of each input into T (1: a single random projection)
   * @param alphas input overlaps α swept; α·k is rounded to whole neurons
   */
  public record Params(int n, int k, double p, double beta, int sourceN, int steps, double[] alphas) {
    public Params {
      PnasChecks.area(n, k, p, beta);
      PnasChecks.atLeast("sourceN", sourceN, 2L * k);
      PnasChecks.atLeast("steps", steps, 1);
      PnasChecks.nonEmpty("alphas", alphas);
      alphas = alphas.clone();
      for (double a : alphas) {
        if (!(a >= 0 && a <= 1)) {
          throw new IllegalArgumentException("alpha=" + a + " in alphas must be in [0, 1]");
        }
      }
    }

    @Override
    public double[] alphas() {
      return alphas.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Params q && n == q.n && k == q.k && p == q.p && beta == q.beta
          && sourceN == q.sourceN && steps == q.steps && Arrays.equals(alphas, q.alphas);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hash(n, k, p, beta, sourceN, steps) + Arrays.hashCode(alphas);
    }
  }

  @Override
  public String name() {
    return "overlap-preservation";
  }

  @Override
  public String title() {
    return "Overlap preservation of projection";
  }

  @Override
  public String source() {
    return "experiments.md row 11 (paper: Papadimitriou & Vempala, ITCS 2019)";
  }

  @Override
  public String expected() {
    return "cap overlap ≥ (k/n)^((1−α)/(1+α)) / ln(n/k)^(α/(1+α))";
  }

  @Override
  public Params defaults() {
    return new Params(10_000, 100, 0.01, 0.0, 200, 1,
        new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9});
  }

  @Override
  public int defaultSeeds() {
    return 20;
  }

  @Override
  public List<Point> points(Params p) {
    return Arrays.stream(p.alphas()).mapToObj(a -> Point.of("alpha", a)).toList();
  }

  /** The theorem's lower bound on the overlap fraction of the projections. */
  public static double bound(int n, int k, double alpha) {
    double r = (double) k / n;
    return Math.pow(r, (1 - alpha) / (1 + alpha)) / Math.pow(Math.log((double) n / k), alpha / (1 + alpha));
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    double alpha = point.num("alpha");
    int shared = (int) Math.round(alpha * p.k());
    Brain b = Brain.builder(p.p()).seed(seed).build();
    b.addExplicitArea("X", p.sourceN(), p.k(), p.beta());
    b.addArea("T", p.n(), p.k(), p.beta());
    int[] x = range(0, p.k());
    int[] y = range(p.k() - shared, 2 * p.k() - shared);
    Assembly imageX = project(b, x, p.steps());
    Assembly imageY = project(b, y, p.steps());
    int o = imageX.overlap(imageY);
    return List.of(Row.of("inputOverlap", (double) shared / p.k(), "overlap", (double) o / p.k(),
        "overlapNeurons", o, "bound", bound(p.n(), p.k(), alpha)));
  }

  private static Assembly project(Brain b, int[] input, int steps) {
    b.unfix("X");
    b.setWinners("X", input).fix("X");
    b.project(Projection.builder().area("X", "T").build());
    b.project(Projection.builder().area("X", "T").area("T", "T").build(), steps - 1);
    return b.winners("T");
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    for (double a : p.alphas()) {
      double[] v = t.where("alpha", a).values("overlap");
      double bound = bound(p.n(), p.k(), a);
      double mean = Arrays.stream(v).average().orElse(Double.NaN);
      checks.add(new Check(String.format(Locale.ROOT, "projected overlap at α=%.2f", a),
          String.format(Locale.ROOT, "≥ %.4f (the bound)", bound), "mean over seeds ≥ bound", v,
          mean >= bound));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Overlap preservation (n=" + p.n() + ", k=" + p.k() + ", p=" + p.p()
        + ", β=" + p.beta() + ", " + p.steps() + " step" + (p.steps() == 1 ? "" : "s") + ")",
        "input overlap α", "overlap of the projections / k");
    Charts.line(c, "measured (mean ± sd)", t.series("alpha", "overlap"));
    double[] as = new double[101];
    double[] bs = new double[101];
    for (int i = 0; i <= 100; i++) {
      as[i] = i / 100.0;
      bs[i] = bound(p.n(), p.k(), as[i]);
    }
    var line = c.addSeries("bound (k/n)^((1−α)/(1+α)) / ln(n/k)^(α/(1+α))", as, bs);
    line.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
    line.setLineColor(java.awt.Color.DARK_GRAY);
    line.setLineStyle(new java.awt.BasicStroke(1.2f, java.awt.BasicStroke.CAP_BUTT,
        java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
    return List.of(new Figure("overlap.png",
        "Overlap of the projections of two inputs against the inputs' overlap α, with the bound", c));
  }
}
