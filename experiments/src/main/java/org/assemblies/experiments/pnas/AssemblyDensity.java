package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.knowm.xchart.XYChart;

/**
 * Row 12: assemblies are denser than the ambient graph. Protocol of the reference's
 * {@code simulations.density}: {@code stim → A} once, then {@code rounds} rounds of
 * {@code stim → A, A → A}; the density is the fraction of the k² ordered pairs (i, j) of the final
 * cap (i = j included, as in the reference) with a synapse i → j (weight ≠ 0).
 */
public final class AssemblyDensity implements Experiment<AssemblyDensity.Params> {

  /** Parameters (defaults: {@code density_sim}). */
  public record Params(int n, int k, double p, int rounds, List<Double> betas) {
    public Params {
      PnasChecks.area(n, k, p, 0);
      PnasChecks.atLeast("rounds", rounds, 1);
      betas = PnasChecks.plasticities("betas", betas);
    }
  }


  @Override
  public String name() {
    return "assembly-density";
  }

  @Override
  public String title() {
    return "Assembly density";
  }

  @Override
  public String source() {
    return "experiments.md row 12 (reference simulations.density, density_sim)";
  }

  @Override
  public String expected() {
    return "fraction of A→A synapses inside the final cap ≈0.015 (β=0), ≈0.018–0.019 (β=0.025–0.1): 1.5–1.9×p";
  }

  @Override
  public Params defaults() {
    return new Params(100_000, 317, 0.01, 20, List.of(0.0, 0.025, 0.05, 0.075, 0.1));
  }

  @Override
  public List<Point> points(Params p) {
    return p.betas().stream().map(b -> Point.of("beta", b)).toList();
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    Brain b = Brain.builder(p.p()).seed(seed).build();
    b.addStimulus("stim", p.k()).addArea("A", p.n(), p.k(), point.num("beta"));
    b.project(Projection.builder().stimulus("stim", "A").build());
    b.project(Projection.builder().stimulus("stim", "A").area("A", "A").build(), p.rounds());
    int[] w = b.winners("A").neurons();
    long edges = 0;
    for (int i : w) {
      for (int j : w) {
        if (b.weight("A", i, "A", j) != 0) {
          edges++;
        }
      }
    }
    double density = edges / ((double) w.length * w.length);
    return List.of(Row.of("density", density, "densityOverP", density / p.p(), "edges", edges,
        "support", b.support("A")));
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    boolean reference = p.n() == 100_000 && p.k() == 317 && p.p() == 0.01 && p.rounds() == 20;
    for (double beta : p.betas()) {
      double[] d = t.where("beta", beta).values("density");
      if (reference && beta == 0) {
        // Ours 0.01469 ± 0.00044 (10 seeds); the Python reference 0.0143, 0.0146, 0.0142.
        checks.add(Check.meanBetween("density at β=0", "≈0.015", d, 0.0135, 0.0160));
      } else if (reference && beta >= 0.025 && beta <= 0.1) {
        // Ours (10 seeds): 0.01984 ± 0.00043 at β=0.025 … 0.01797 ± 0.00055 at β=0.1; the Python
        // reference 0.0197, 0.0191, 0.0199 (β=0.025) and 0.0179, 0.0175, 0.0184 (β=0.1): the
        // spec's 0.018–0.019 are single runs. The band holds the reference runs and our means ± 3 standard errors
        // of three seeds.
        checks.add(Check.meanBetween("density at β=" + beta, "≈0.018–0.019", d, 0.0165, 0.0210));
      }
    }
    // Hebbian plasticity makes the cap denser than without it
    Table none = t.where("beta", 0.0);
    if (!none.isEmpty()) {
      double[] d0 = none.values("density");
      for (double beta : p.betas()) {
        if (beta > 0) {
          double[] d = t.where("beta", beta).values("density");
          double[] denser = new double[Math.min(d.length, d0.length)];
          for (int i = 0; i < denser.length; i++) {
            denser[i] = d[i] > d0[i] ? 1 : 0; // same seed index: same seed
          }
          checks.add(Check.always("denser at β=" + beta + " than at β=0", "1.5×p → 1.8–1.9×p", denser));
        }
      }
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Assembly density vs β (n=" + p.n() + ", k=" + p.k() + ", p=" + p.p()
        + ", " + p.rounds() + " rounds)", "β", "density of A→A synapses in the cap");
    Charts.line(c, "density (mean ± sd)", t.series("beta", "density"));
    double[] betas = p.betas().stream().mapToDouble(Double::doubleValue).toArray();
    Charts.horizontal(c, "p = " + p.p(), p.p(), Arrays.stream(betas).min().orElse(0),
        Arrays.stream(betas).max().orElse(0.1));
    return List.of(new Figure("density.png",
        "Fraction of ordered pairs of the final cap joined by a synapse, against β; dashed: p", c));
  }
}
