package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.List;
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

/**
 * Row 2: projection into an explicit area (all n neurons simulated, dense random connectivity)
 * reaches a fixed point: the caps of the last two steps are identical. The protocol is the C++
 * reference test {@code TestExplicitProjection}: {@code stim → A}, then {@code stim → A, A → A}.
 */
public final class ExplicitProjection implements Experiment<ExplicitProjection.Params> {

  /** Parameters (defaults: the C++ reference test {@code TestExplicitProjection}). */
  public record Params(int n, int k, double p, double beta, int rounds) {
    public Params {
      PnasChecks.area(n, k, p, beta);
      PnasChecks.atLeast("rounds", rounds, 2);
    }
  }

  @Override
  public String name() {
    return "explicit-projection";
  }

  @Override
  public String title() {
    return "Projection into an explicit area";
  }

  @Override
  public String source() {
    return "experiments.md row 2 (C++ reference test brain_test.cc TestExplicitProjection)";
  }

  @Override
  public String expected() {
    return "last two caps identical";
  }

  @Override
  public Params defaults() {
    return new Params(250_000, 500, 0.01, 0.05, 25);
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    Brain b = Brain.builder(p.p()).seed(seed).build();
    b.addStimulus("stim", p.k()).addExplicitArea("A", p.n(), p.k(), p.beta());
    Trace.AreaTrace a = Operations.project(b, "stim", "A", p.rounds()).area("A");
    int[] support = a.support();
    int[] fresh = a.newNeurons();
    int[] overlap = a.overlapWithPrevious();
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < p.rounds(); r++) {
      rows.add(Row.of("round", r + 1, "support", support[r], "newNeurons", fresh[r],
          "overlapWithPrevious", overlap[r], "overlapWithPreviousFraction", (double) overlap[r] / p.k()));
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    double[] last = t.lastPerTrial("round", "overlapWithPrevious");
    double[] identical = new double[last.length];
    for (int i = 0; i < last.length; i++) {
      identical[i] = last[i] == p.k() ? 1 : 0;
    }
    return List.of(Check.always("caps of the last two steps identical (overlap = k)", "identical", identical));
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    String params = "n=" + p.n() + ", k=" + p.k() + ", p=" + p.p() + ", β=" + p.beta();
    XYChart s = Charts.chart("Explicit area: support per step (" + params + ")", "step", "support");
    Charts.line(s, "support (mean ± sd)", t.series("round", "support"));
    Charts.horizontal(s, "k = " + p.k(), p.k(), 1, p.rounds());
    XYChart o = Charts.chart("Explicit area: overlap with the previous cap (" + params + ")",
        "step", "overlap / k");
    Charts.line(o, "overlap with previous cap (mean ± sd)",
        t.where(r -> r.num("round") > 1).series("round", "overlapWithPreviousFraction"));
    Charts.horizontal(o, "identical caps", 1, 2, p.rounds());
    return List.of(
        new Figure("support.png", "Support (neurons that have ever fired) per step", s),
        new Figure("overlap.png", "Overlap of each step's cap with the previous step's, as a fraction of k", o));
  }
}
