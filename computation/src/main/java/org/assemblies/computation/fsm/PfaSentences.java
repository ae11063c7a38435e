package org.assemblies.computation.fsm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;

/**
 * A probabilistic automaton by assemblies generating simple sentences (the authors' demo): each
 * step flips the random-choice area's coin and the arc area maps (state, coin) to the next state
 * and a word.
 */
public final class PfaSentences implements Experiment<PfaSentences.Params> {

  /** Parameters (defaults: the authors' demo sizes, at p = 0.4 — see NeuralPfa.Config.standard). */
  public record Params(int symbolNeurons, int stateNeurons, int arcNeurons, int randomNeurons, int k, double p,
      double beta, int presentations, int sentences) {
    public Params {
      new NeuralPfa.Config(symbolNeurons, stateNeurons, arcNeurons, randomNeurons, k, p, beta);
      if (presentations < 1 || sentences < 1) {
        throw new IllegalArgumentException("presentations=" + presentations + " and sentences=" + sentences
            + " must be ≥ 1");
      }
    }
  }

  @Override
  public String name() {
    return "pfa-sentences";
  }

  @Override
  public String title() {
    return "Probabilistic automaton by assemblies: generating sentences";
  }

  @Override
  public String source() {
    return "sequences.md §3 (PFA with a random-choice area; the authors' demo)";
  }

  @Override
  public String expected() {
    return "grammatical sentences (\"the boy throws a ball\", …) with the branches sampled by the "
        + "random-choice area's coin";
  }

  @Override
  public Params defaults() {
    return new Params(1000, 500, 5000, 1000, 70, 0.4, 0.1, 15, 60); // p: see NeuralPfa.Config.standard
  }

  @Override
  public int defaultSeeds() {
    return 3;
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    NeuralPfa m = new NeuralPfa(NeuralPfa.sentenceAutomaton(), 7, NeuralPfa.LEXICON.size(),
        new NeuralPfa.Config(p.symbolNeurons(), p.stateNeurons(), p.arcNeurons(), p.randomNeurons(), p.k(),
            p.p(), p.beta()), seed);
    m.train(p.presentations());
    UniformRandomProvider rng = Seeds.stream(seed, 9);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < p.sentences(); i++) {
      List<NeuralPfa.Step> steps = m.generate(0, 5, rng);
      StringBuilder text = new StringBuilder();
      int state = 0;
      boolean grammatical = true;
      int heads = 0;
      for (NeuralPfa.Step s : steps) {
        text.append(text.isEmpty() ? "" : " ").append(NeuralPfa.LEXICON.get(s.symbol()));
        int from = state;
        grammatical &= NeuralPfa.sentenceAutomaton().stream()
            .anyMatch(t -> t.state() == from && t.next() == s.state() && t.symbol() == s.symbol());
        state = s.state();
        heads += s.coin();
      }
      rows.add(Row.of("sentence", text.toString(), "grammatical", grammatical ? 1 : 0,
          "coinOnes", heads, "coins", steps.size()));
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params p, Table t) {
    double[] grammatical = FsmRecognition.perTrial(t, "grammatical");
    double[] ones = t.groupBy("trial").values().stream().mapToDouble(x ->
        java.util.Arrays.stream(x.values("coinOnes")).sum() / java.util.Arrays.stream(x.values("coins")).sum()).toArray();
    double[] distinct = t.groupBy("trial").values().stream().mapToDouble(x -> x.distinct("sentence").size()).toArray();
    List<Check> checks = new ArrayList<>();
    // ours (6 seeds × 40 sentences): 0.996 ± 0.010 grammatical; coin 1 in 0.43–0.60 of flips per
    // network (each random network leans one way a little); 14–16 of the 16 sentences
    checks.add(Check.meanBetween("grammatical sentences", "all", grammatical, 0.9, 1));
    checks.add(Check.meanBetween("fraction of coin flips landing 1", "≈0.5", ones, 0.3, 0.7));
    if (p.sentences() >= 40) {
      checks.add(Check.allAtLeast("distinct sentences (of 16 possible)", "varied", distinct, 10));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Row r : t.rows()) {
      counts.merge(r.str("sentence"), 1, Integer::sum);
    }
    XYChart c = Charts.chart("Generated sentences (frequency, all seeds)", "sentence (alphabetical index)", "count");
    double[] x = new double[counts.size()];
    double[] y = new double[counts.size()];
    int i = 0;
    for (int v : counts.values()) {
      x[i] = i + 1;
      y[i++] = v;
    }
    if (x.length > 0) {
      c.addSeries("count", x, y);
    }
    return List.of(new Figure("sentences.png", "How often each sentence was generated (names in the CSV)", c));
  }
}
