package org.assemblies.experiments.pnas;

import java.util.ArrayList;
import java.util.List;
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
 * Row 10: reciprocal projection, the reference's {@code simulations.fixed_assembly_recip_proj}.
 * A's assembly is formed ({@code stimA → A}, then {@code rounds} rounds with A's recurrence) and
 * frozen; A projects into B ({@code A → B}, then {@code rounds} rounds of {@code A → B,
 * B → A, B}: the frozen A keeps its cap but learns its synapses from B); A is unfrozen, B fires
 * into A once, then {@code rounds} rounds of {@code B → A, A → A}. Measured: the fraction of the
 * frozen assembly in A's cap after the single B → A step (step 0) and after each recurrent round.
 */
public final class ReciprocalProjection implements Experiment<ReciprocalProjection.Params> {

  /** Parameters (defaults: {@code fixed_assembly_recip_proj}); β applies to every synapse. */
  public record Params(int n, int k, double p, double beta, int rounds) {
    public Params {
      PnasChecks.area(n, k, p, beta);
      PnasChecks.atLeast("rounds", rounds, 1);
    }
  }

  @Override
  public String name() {
    return "reciprocal-projection";
  }

  @Override
  public String title() {
    return "Reciprocal projection";
  }

  @Override
  public String source() {
    return "experiments.md row 10 (reference simulations.fixed_assembly_recip_proj)";
  }

  @Override
  public String expected() {
    return "B→A restores ≈25% of A in one step, ≈42% after recurrence (≈100% with β=0.8)";
  }

  @Override
  public Params defaults() {
    return new Params(100_000, 317, 0.01, 0.05, 20);
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    Brain b = Brain.builder(p.p()).seed(seed).build();
    b.addStimulus("stimA", p.k());
    b.addArea("A", p.n(), p.k(), p.beta()).addArea("B", p.n(), p.k(), p.beta());
    b.project(Projection.builder().stimulus("stimA", "A").build());
    b.project(Projection.builder().stimulus("stimA", "A").area("A", "A").build(), p.rounds());
    Assembly frozen = b.winners("A");
    b.fix("A");
    b.project(Projection.builder().area("A", "B").build());
    b.project(Projection.builder().area("A", "B").area("B", "A", "B").build(), p.rounds());
    int supportB = b.support("B");
    b.unfix("A");
    List<Row> rows = new ArrayList<>();
    b.project(Projection.builder().area("B", "A").build());
    rows.add(row(0, b, frozen, supportB));
    Projection recurrent = Projection.builder().area("B", "A").area("A", "A").build();
    for (int r = 1; r <= p.rounds(); r++) {
      b.project(recurrent);
      rows.add(row(r, b, frozen, supportB));
    }
    return rows;
  }

  private static Row row(int step, Brain b, Assembly frozen, int supportB) {
    int o = b.winners("A").overlap(frozen);
    return Row.of("step", step, "overlap", (double) o / frozen.size(), "overlapNeurons", o,
        "supportA", b.support("A"), "supportB", supportB);
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    double[] one = t.where("step", 0).values("overlap");
    double[] last = t.lastPerTrial("step", "overlap");
    List<Check> checks = new ArrayList<>();
    Params d = defaults();
    if (p.equals(d)) {
      // Reference (lead, 3 runs of the unmodified Python): 0.259, 0.230, 0.268 after one step;
      // 0.388, 0.388, 0.385 after 20 rounds. Ours (12 seeds): 0.272 ± 0.024 and 0.412 ± 0.071
      // (0.32–0.54 per seed); the bands hold the reference runs and our means ± 3 standard
      // errors of four seeds.
      checks.add(Check.meanBetween("overlap with the frozen assembly after one B→A step", "≈25%",
          one, 0.20, 0.31));
      checks.add(Check.meanBetween("overlap after " + p.rounds() + " recurrent rounds", "≈42%",
          last, 0.30, 0.52));
    } else if (p.equals(new Params(d.n(), d.k(), d.p(), 0.8, d.rounds()))) {
      // the reference's comment: "with artificially high beta, can get 100% restoration"; ours
      // 0.999 ± 0.002 (6 seeds), 0.94–0.97 already after the single step
      checks.add(Check.meanBetween("overlap after " + p.rounds() + " recurrent rounds at β=0.8",
          "≈100%", last, 0.9, 1.0));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart c = Charts.chart("Reciprocal projection: B→A restores A (n=" + p.n() + ", k=" + p.k()
        + ", p=" + p.p() + ", β=" + p.beta() + ")", "recurrent rounds after the B→A step",
        "overlap with the frozen assembly / k");
    Charts.line(c, "overlap (mean ± sd)", t.series("step", "overlap"));
    return List.of(new Figure("overlap.png",
        "Fraction of A's frozen assembly in A's cap after B→A (step 0) and each B→A, A→A round", c));
  }
}
