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
 * Sequence memorisation, simple and scaffolded (sequences.md §1): after each presentation of a
 * sequence of L stimuli, fire the first stimulus and measure how much of each assembly formed at
 * the first presentation is replayed in order.
 */
public final class SequenceRecall implements Experiment<SequenceRecall.Params> {

  /** Parameters (defaults: the authors' demo). */
  public record Params(int inputs, int n, int k, double p, double beta, int length, int presentations) {
    public Params {
      new SequenceMemory.Config(inputs, n, k, p, beta, false); // validates
      if (length < 2 || (long) length * k > inputs) {
        throw new IllegalArgumentException("length=" + length + " must be in [2, inputs/k] = [2, "
            + inputs / k + "] (disjoint stimuli of k inputs)");
      }
      if (presentations < 1) {
        throw new IllegalArgumentException("presentations=" + presentations + " must be ≥ 1");
      }
    }
  }

  /** The authors' demo, mean of 5 seeds (sequences.md §1): last-item recall per presentation. */
  static final double[] SIMPLE = {0.05, 0.03, 0.05, 0.69, 0.93, 0.98, 0.99};
  static final double[] SCAFFOLD = {0.04, 0.81, 0.97, 0.99, 1.00, 1.00, 1.00};

  @Override
  public String name() {
    return "sequence-recall";
  }

  @Override
  public String title() {
    return "Sequence memorisation and ordered recall (simple vs scaffold)";
  }

  @Override
  public String source() {
    return "sequences.md §1 (Dabagia et al. 2024; the authors' demo)";
  }

  @Override
  public String expected() {
    return "last-item recall after 1…7 presentations: simple 0.05, 0.03, 0.05, 0.69, 0.93, 0.98, 0.99; "
        + "scaffold 0.04, 0.81, 0.97, 0.99, 1.00, 1.00, 1.00 (scaffold needs about half the presentations)";
  }

  @Override
  public Params defaults() {
    return new Params(1000, 1000, 30, 0.4, 0.1, 25, 7);
  }

  @Override
  public int defaultSeeds() {
    return 10;
  }

  @Override
  public List<Point> points(Params p) {
    return List.of(Point.of("variant", "simple"), Point.of("variant", "scaffold"));
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    boolean scaffold = point.values().get("variant").equals("scaffold");
    SequenceMemory m = new SequenceMemory(
        new SequenceMemory.Config(p.inputs(), p.n(), p.k(), p.p(), p.beta(), scaffold), seed);
    List<int[]> sequence = new ArrayList<>();
    for (int i = 0; i < p.length(); i++) {
      sequence.add(SequenceMemory.stimulus(i, p.k()));
    }
    List<Assembly> first = null;
    List<Row> rows = new ArrayList<>();
    for (int pres = 1; pres <= p.presentations(); pres++) {
      List<Assembly> caps = m.present(sequence);
      if (first == null) {
        first = caps;
      }
      List<Assembly> replay = m.recall(sequence.get(0), p.length());
      for (int i = 0; i < p.length(); i++) {
        rows.add(Row.of("presentation", pres, "item", i + 1,
            "recall", replay.get(i).overlap(first.get(i)) / (double) p.k()));
      }
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    List<Check> checks = new ArrayList<>();
    boolean paper = p.equals(defaults());
    for (String variant : List.of("simple", "scaffold")) {
      Table last = t.where("variant", variant).where("item", p.length());
      double[] expected = variant.equals("simple") ? SIMPLE : SCAFFOLD;
      for (int pres = 1; pres <= p.presentations(); pres++) {
        double[] v = last.where("presentation", pres).values("recall");
        if (paper && pres <= expected.length) {
          // The demo's figures are means of 5 seeds. Away from the jump one seed's recall spreads
          // by < 0.04 (band ±0.1). At the jump it is bimodal — a seed recalls ≈0 or ≈0.95 — so a
          // mean of 5 seeds spreads by ≈0.4/√5 ≈ 0.18: band ±0.2 for the simple network's 3rd–5th
          // presentations (ours over 20 seeds at the 4th: 0.72 ± 0.22) and ±0.35 for the
          // scaffold's 2nd (ours 0.61 ± 0.40: 13 of 20 seeds already recall it).
          double band = variant.equals("scaffold") && pres == 2 ? 0.35
              : variant.equals("simple") && pres >= 3 && pres <= 5 ? 0.2 : 0.1;
          checks.add(Check.meanBetween(variant + ": last-item recall after " + pres + " presentation"
              + (pres == 1 ? "" : "s"), String.format(java.util.Locale.ROOT, "%.2f", expected[pres - 1]), v,
              Math.max(0, expected[pres - 1] - band), Math.min(1, expected[pres - 1] + band)));
        }
      }
    }
    // the scaffold memorises faster: at the second presentation it recalls far more
    double[] simple2 = t.where("variant", "simple").where("item", p.length()).where("presentation", 2).values("recall");
    double[] scaffold2 = t.where("variant", "scaffold").where("item", p.length()).where("presentation", 2).values("recall");
    if (p.presentations() >= 2) {
      double[] gap = new double[Math.min(simple2.length, scaffold2.length)];
      for (int i = 0; i < gap.length; i++) {
        gap[i] = scaffold2[i] - simple2[i];
      }
      if (paper) {
        checks.add(Check.meanBetween("scaffold − simple, last item after 2 presentations", "≈0.78", gap, 0.35, 1.0));
      }
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    XYChart last = Charts.chart("Recall of the last item vs presentations", "presentation", "recall (overlap / k)");
    for (String variant : List.of("simple", "scaffold")) {
      Charts.line(last, variant, t.where("variant", variant).where("item", p.length()).series("presentation", "recall"));
    }
    XYChart items = Charts.chart("Recall per item after " + Math.min(3, p.presentations()) + " presentations",
        "sequence item", "recall (overlap / k)");
    for (String variant : List.of("simple", "scaffold")) {
      Charts.line(items, variant, t.where("variant", variant)
          .where("presentation", Math.min(3, p.presentations())).series("item", "recall"));
    }
    return List.of(new Figure("last-item.png", "Recall of the last item after each presentation", last),
        new Figure("items.png", "Recall of each item", items));
  }
}
