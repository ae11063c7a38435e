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

/** Row 1: projection reaches a fixed point; the support of the last two rounds is equal. */
public final class ProjectionFixedPoint implements Experiment<ProjectionFixedPoint.Params> {

  /** Parameters (defaults: the reference test {@code test_projection}). */
  public record Params(int n, int k, double p, double beta, int rounds) {
    public Params {
      PnasChecks.area(n, k, p, beta);
      PnasChecks.atLeast("rounds", rounds, 2);
    }
  }

  @Override
  public String name() {
    return "projection-fixed-point";
  }

  @Override
  public String title() {
    return "Projection fixed point";
  }

  @Override
  public String source() {
    return "experiments.md row 1 (reference test simulations_test.test_projection)";
  }

  @Override
  public String expected() {
    return "support of the last two rounds equal (plateau ≈5.8k)";
  }

  @Override
  public Params defaults() {
    return new Params(1_000_000, 1000, 0.001, 0.05, 25);
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    Brain b = Brain.builder(p.p()).seed(seed).build();
    b.addStimulus("stim", p.k()).addArea("A", p.n(), p.k(), p.beta());
    Trace.AreaTrace a = Operations.project(b, "stim", "A", p.rounds()).area("A");
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < p.rounds(); r++) {
      rows.add(Row.of("round", r + 1, "support", a.support()[r], "newNeurons", a.newNeurons()[r]));
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    double[] last = t.lastPerTrial("round", "support");
    double[] previous = t.where("round", p.rounds() - 1).values("support");
    double[] equal = new double[last.length];
    for (int i = 0; i < last.length; i++) {
      equal[i] = last[i] == previous[i] ? 1 : 0;
    }
    List<Check> checks = new ArrayList<>();
    checks.add(Check.always("last two rounds have equal support", "equal", equal));
    if (p.equals(defaults())) {
      // reference single runs: 5805 (Python), 5746 (C++); our seed-to-seed sd is ≈3.5%
      checks.add(Check.meanBetween("final support", "≈5.8k", last, 5800 * 0.92, 5800 * 1.08));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Projection: support per round (n=" + p.n() + ", k=" + p.k() + ", p=" + p.p()
        + ", β=" + p.beta() + ")", "round", "support");
    Charts.line(c, "support (mean ± sd)", t.series("round", "support"));
    Charts.horizontal(c, "k = " + p.k(), p.k(), 1, p.rounds());
    return List.of(new Figure("support.png", "Support (neurons that have ever fired) per round", c));
  }
}
