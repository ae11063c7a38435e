package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.List;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
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

/**
 * Row 9: merge. Protocol of the reference's {@code simulations.merge_sim} (checked by
 * {@code simulations_test.test_merge}): {@code stimA → A}, {@code stimB → B}, then round 0
 * {@code stimA → A, stimB → B, A → A, C, B → B, C}, then {@code rounds} rounds with
 * {@code C → C, A, B} added. The supports of A, B and C stay bounded.
 *
 * <p>Our supports are a few per cent below the unmodified reference's: the reference leaves the
 * synapses between neurons that two areas gain in the same step at 0 when the source area is
 * processed first (core's test resources {@code reference/README.md}); with that one line
 * corrected the reference's C support is 5547–5607 (3 runs), which ours matches.
 */
public final class Merge implements Experiment<Merge.Params> {

  /** Parameters (defaults: {@code simulations_test.test_merge}). */
  public record Params(int n, int k, double p, double beta, int rounds) {
    public Params {
      PnasChecks.area(n, k, p, beta);
      PnasChecks.atLeast("rounds", rounds, 1);
    }
  }

  @Override
  public String name() {
    return "merge";
  }

  @Override
  public String title() {
    return "Merge";
  }

  @Override
  public String source() {
    return "experiments.md row 9 (reference simulations.merge_sim, simulations_test.test_merge)";
  }

  @Override
  public String expected() {
    return "support A, B ≤ 3200 (observed 2843–3111), C ≤ 6400 (observed 6074–6127)";
  }

  @Override
  public Params defaults() {
    return new Params(100_000, 317, 0.01, 0.05, 50);
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    return run(p.n(), p.k(), p.p(), p.beta(), p.rounds(), seed);
  }

  /** One merge trial; rows: round (0 = the first A, B → C step), supports of A, B and C. */
  static List<Row> run(int n, int k, double p, double beta, int rounds, long seed) {
    Brain b = Brain.builder(p).seed(seed).build();
    b.addStimulus("stimA", k).addStimulus("stimB", k);
    b.addArea("A", n, k, beta).addArea("B", n, k, beta).addArea("C", n, k, beta);
    b.project(Projection.builder().stimulus("stimA", "A").build());
    b.project(Projection.builder().stimulus("stimB", "B").build());
    // A and B have assemblies, so merge starts with A, B → C and adds C → C, A, B after it
    Trace t = Operations.merge(b, "stimA", "A", "stimB", "B", "C", rounds + 1, null);
    int[] a = t.area("A").support();
    int[] bb = t.area("B").support();
    int[] c = t.area("C").support();
    int[] newC = t.area("C").newNeurons();
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r <= rounds; r++) {
      rows.add(Row.of("round", r, "supportA", a[r], "supportB", bb[r], "supportC", c[r],
          "newNeuronsC", newC[r]));
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    double[] a = t.lastPerTrial("round", "supportA");
    double[] b = t.lastPerTrial("round", "supportB");
    double[] c = t.lastPerTrial("round", "supportC");
    List<Check> checks = new ArrayList<>();
    if (p.equals(defaults())) {
      // the reference test's bounds
      checks.add(Check.allAtMost("final support of A", "≤ 3200 (observed 2843–3111)", a, 3200));
      checks.add(Check.allAtMost("final support of B", "≤ 3200 (observed 2843–3111)", b, 3200));
      checks.add(Check.allAtMost("final support of C", "≤ 6400 (observed 6074–6127)", c, 6400));
      // Reference with the missing synapses restored: C 5512–5607 (3 runs), unmodified 5739–5817.
      // Ours 5627 ± 139 over 10 seeds (A 2871 ± 105, B 2867 ± 102). The band holds the corrected
      // reference and our mean ± 3 standard errors of four seeds.
      checks.add(Check.meanBetween("final support of C vs the corrected reference",
          "≈5.56k (reference with all synapses: 5512–5607)", c, 5300, 5850));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Merge: supports per round (n=" + p.n() + ", k=" + p.k() + ", p=" + p.p()
        + ", β=" + p.beta() + ")", "round", "support");
    Charts.line(c, "A (mean ± sd)", t.series("round", "supportA"));
    Charts.line(c, "B (mean ± sd)", t.series("round", "supportB"));
    Charts.line(c, "C (mean ± sd)", t.series("round", "supportC"));
    Charts.horizontal(c, "k = " + p.k(), p.k(), 0, p.rounds());
    return List.of(new Figure("support.png", "Supports of A, B and C per merge round", c));
  }
}
