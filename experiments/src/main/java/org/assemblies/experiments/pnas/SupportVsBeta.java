package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assemblies.core.Brain;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.assemblies.ops.Operations;
import org.assemblies.ops.Trace;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.Styler;

/**
 * Row 3: the support (neurons that ever fired) of a projection, per round, for a range of
 * plasticities β — the PNAS figure of projection's convergence (reference
 * {@code simulations.project_beta_sim}): the smaller β, the larger the support and the later it
 * stops growing.
 *
 * <p>The convergence round of a trial is the last round in which a neuron fired for the first
 * time (after it no new neuron enters, the support stays constant); −1 ("not converged") when
 * the final round still brought a new neuron.
 */
public final class SupportVsBeta implements Experiment<SupportVsBeta.Params> {

  /** Parameters (defaults: the reference's {@code project_beta_sim}, without its β = 0.007). */
  public record Params(int n, int k, double p, List<Double> betas, int rounds) {
    public Params {
      PnasChecks.area(n, k, p, 0);
      betas = PnasChecks.plasticities("betas", betas);
      PnasChecks.atLeast("rounds", rounds, 2);
    }
  }


  /**
   * The spec's figures at one β and the bands our results must meet (see {@link #checks}).
   * Convergence rounds are compared as medians over seeds with −1 (not converged) counted as
   * rounds + 1; {@code roundLo = roundHi = -1} asks that no seed converge; {@code roundHi = 0}
   * asks only that every seed still gain neurons at or after {@code roundLo}.
   */
  record Expectation(double beta, String wText, double wRef, double wRefHalfRange, double wLo, double wHi,
      String roundText, int roundLo, int roundHi) {}

  /*
   * Bands. The spec's figures are single reference runs (a range where the spec gives one), so a
   * reference value itself scatters by our seed-to-seed sd. Final w/k: the spec's value or range
   * widened by 3 sd (2 sd for the reference run, 1 sd ≈ 3 standard errors of our mean over 8
   * seeds). Convergence round: the spec's round ± 3 sd (at least ± 2) for the median.
   *
   * Ours, 50 seeds (root seed 1), final w/k mean ± sd; convergence round median [10th–90th pct]:
   *   β=0.25   1.606 ± 0.037   4 [3–4]
   *   β=0.1    2.553 ± 0.082   8 [7–8]
   *   β=0.075  3.367 ± 0.134   10 [9–11]
   *   β=0.05   3.915 ± 0.165   14 [12–15]
   *   β=0.03   5.198 ± 0.204   21.5 [19–25]
   *   β=0.01   8.104 ± 0.347   58 [51–65]
   *   β=0.005  9.885 ± 0.416   96 [91–not converged]; 6 of 50 not converged
   *   β=0.003  11.36 ± 0.42    not converged in 42 of 50; the others last gained a neuron at 98–99
   *   β=0.001  12.50 ± 0.50    not converged in 50 of 50
   */
  static final List<Expectation> EXPECTED = List.of(
      new Expectation(0.25, "≈1.6", 1.6, 0, 1.5, 1.7, "≈4", 2, 6),
      new Expectation(0.1, "≈2.6", 2.6, 0, 2.33, 2.87, "≈8", 6, 10),
      new Expectation(0.075, "≈3.4", 3.4, 0, 3.04, 3.76, "≈10", 7, 13),
      new Expectation(0.05, "3.8–4.0", 3.9, 0.1, 3.34, 4.46, "≈14", 11, 17),
      new Expectation(0.03, "5.3", 5.3, 0, 4.62, 5.98, "≈22", 16, 28),
      new Expectation(0.01, "8–8.6", 8.3, 0.3, 7.1, 9.5, "≈53", 37, 70),
      new Expectation(0.005, "9.5–9.9", 9.7, 0.2, 8.24, 11.16, "≈96", 85, 101),
      new Expectation(0.003, "≈11", 11, 0, 9.7, 12.3, "–", 90, 0),
      new Expectation(0.001, "12.5–13.1", 12.8, 0.3, 11.24, 14.36, ">100", -1, -1));

  /** Nine distinguishable line colours (Tableau 10 without grey). */
  private static final java.awt.Color[] PALETTE = {
    new java.awt.Color(31, 119, 180), new java.awt.Color(255, 127, 14), new java.awt.Color(44, 160, 44),
    new java.awt.Color(214, 39, 40), new java.awt.Color(148, 103, 189), new java.awt.Color(140, 86, 75),
    new java.awt.Color(227, 119, 194), new java.awt.Color(188, 189, 34), new java.awt.Color(23, 190, 207)};

  @Override
  public String name() {
    return "support-vs-beta";
  }

  @Override
  public String title() {
    return "Support of a projection vs plasticity β";
  }

  @Override
  public String source() {
    return "experiments.md row 3 (reference simulations.project_beta_sim, PNAS figure protocol)";
  }

  @Override
  public String expected() {
    return "final w/k ≈ 1.6, 2.6, 3.4, 3.8–4.0, 5.3, 8–8.6, 9.5–9.9, ≈11, 12.5–13.1 for β = 0.25, 0.1, "
        + "0.075, 0.05, 0.03, 0.01, 0.005, 0.003, 0.001; converged by round ≈4, 8, 10, 14, 22, 53, 96, "
        + "–, >100";
  }

  @Override
  public Params defaults() {
    return new Params(100_000, 317, 0.01,
        List.of(0.25, 0.1, 0.075, 0.05, 0.03, 0.01, 0.005, 0.003, 0.001), 100);
  }

  @Override
  public List<Point> points(Params p) {
    return p.betas().stream().map(b -> Point.of("beta", b)).toList();
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    double beta = point.num("beta");
    Brain b = Brain.builder(p.p()).seed(seed).build();
    b.addStimulus("stim", p.k()).addArea("A", p.n(), p.k(), beta);
    Trace.AreaTrace a = Operations.project(b, "stim", "A", p.rounds()).area("A");
    int[] support = a.support();
    int[] fresh = a.newNeurons();
    int converged = convergenceRound(fresh);
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < p.rounds(); r++) {
      rows.add(Row.of("round", r + 1, "support", support[r], "supportOverK", (double) support[r] / p.k(),
          "newNeurons", fresh[r], "convergedAt", converged));
    }
    return rows;
  }

  /**
   * The last round (1-based) that brought a new neuron, or −1 when that is the final round (the
   * support was still growing when the run stopped).
   */
  static int convergenceRound(int[] newNeurons) {
    int last = newNeurons.length;
    while (last > 0 && newNeurons[last - 1] == 0) {
      last--;
    }
    return last == newNeurons.length ? -1 : last;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    boolean defaults = p.n() == 100_000 && p.k() == 317 && p.p() == 0.01 && p.rounds() == 100;
    for (Object beta : t.distinct("beta")) {
      Table at = t.where("beta", beta);
      double b = ((Number) beta).doubleValue();
      double[] wOverK = at.lastPerTrial("round", "supportOverK");
      double[] round = at.lastPerTrial("round", "convergedAt");
      double[] notShrinking = at.groupBy("trial").values().stream()
          .mapToDouble(trial -> nonDecreasing(trial.series("round", "support").mean()) ? 1 : 0).toArray();
      String where = String.format(Locale.ROOT, " at β=%s", b);
      // the support can only grow: a sanity check that holds for every parameter choice
      checks.add(Check.always("support never shrinks" + where, "monotone", notShrinking));
      Expectation e = defaults ? expectation(b) : null;
      if (e == null) {
        continue;
      }
      checks.add(Check.meanBetween("final support / k" + where, e.wText(), wOverK, e.wLo(), e.wHi()));
      // convergence rounds as values, with −1 (still growing at the end) counted as rounds + 1
      int never = p.rounds() + 1;
      double[] asRounds = Arrays.stream(round).map(v -> v < 0 ? never : v).toArray();
      String counted = "(not converged counts as " + never + ")";
      if (e.roundLo() == -1) {
        checks.add(new Check("convergence round" + where, e.roundText(),
            "every seed still gaining neurons in round " + p.rounds() + " " + counted, asRounds,
            Arrays.stream(asRounds).allMatch(v -> v == never)));
      } else if (e.roundHi() == 0) {
        checks.add(new Check("convergence round" + where, e.roundText(),
            "every seed ≥ " + e.roundLo() + " " + counted + ": still gaining neurons near the end", asRounds,
            Arrays.stream(asRounds).allMatch(v -> v >= e.roundLo())));
      } else {
        double median = median(asRounds);
        checks.add(new Check("convergence round" + where, e.roundText(),
            "median in [" + e.roundLo() + ", " + e.roundHi() + "] " + counted, asRounds,
            median >= e.roundLo() && median <= e.roundHi()));
      }
    }
    return checks;
  }

  private static boolean nonDecreasing(double[] v) {
    for (int i = 1; i < v.length; i++) {
      if (v[i] < v[i - 1]) {
        return false;
      }
    }
    return true;
  }

  static Expectation expectation(double beta) {
    return EXPECTED.stream().filter(e -> e.beta() == beta).findFirst().orElse(null);
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Support per round for several β (n=" + p.n() + ", k=" + p.k() + ", p=" + p.p()
        + ")", "round t", "support w");
    List<Object> betas = t.distinct("beta");
    for (int i = 0; i < betas.size(); i++) {
      Table.Series s = t.where("beta", betas.get(i)).series("round", "supportOverK");
      var line = c.addSeries("β = " + betas.get(i), s.x(), s.mean());
      line.setMarker(SeriesMarkers.NONE);
      line.setLineWidth(1.4f);
      line.setLineColor(PALETTE[i % PALETTE.length]);
    }
    Charts.horizontal(c, "w = k", 1, 1, p.rounds());
    // the y axis is w/k: label the ticks as multiples of k, like the PNAS figure
    c.setCustomYAxisTickLabelsFormatter(v -> v == 1 ? "k" : v == 0 ? "0"
        : (v == Math.rint(v) ? String.valueOf((long) (double) v) : String.format(Locale.ROOT, "%.1f", v)) + "k");
    c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);

    XYChart f = Charts.chart("Final support vs β (" + p.rounds() + " rounds)", "β",
        "final support w / k");
    f.getStyler().setXAxisLogarithmic(true);
    Table last = t.where("round", p.rounds());
    Charts.line(f, "ours: final w / k (mean ± sd)", last.series("beta", "supportOverK"));
    List<Expectation> refs = EXPECTED.stream().filter(e -> betas.contains(e.beta())).toList();
    boolean defaults = p.n() == 100_000 && p.k() == 317 && p.p() == 0.01 && p.rounds() == 100;
    if (defaults && !refs.isEmpty()) {
      XYSeries ref = f.addSeries("reference (spec; bars: its range)",
          refs.stream().mapToDouble(Expectation::beta).toArray(),
          refs.stream().mapToDouble(Expectation::wRef).toArray(),
          refs.stream().mapToDouble(Expectation::wRefHalfRange).toArray());
      ref.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      ref.setMarker(SeriesMarkers.DIAMOND);
    }
    return List.of(
        new Figure("support.png", "Support w (in multiples of k) per round, one line per β (mean over seeds)", c),
        new Figure("final-support.png", "Final support w / k against β (mean ± sd over seeds)", f));
  }
}
