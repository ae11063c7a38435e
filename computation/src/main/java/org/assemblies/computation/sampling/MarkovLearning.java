package org.assemblies.computation.sampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A Markov chain learned by assemblies: a random chain (Exp(1) entries, rows normalised, as in the
 * authors' demo), one training sequence of {@code lengthPerState · states} states drawn from it,
 * Hebbian learning of each transition (saturating rule), then the learned transition
 * probabilities estimated by {@code samplesPerState} noisy-cap samples from each state, compared
 * with the training sequence's frequencies (what the learner saw), with the true chain and with what
 * an ideal softmax sampler of the learned weights would give ({@link #softmax}) and, at full
 * connectivity (p = 1), with the noisy cap's exact chances ({@link CapRace}); see
 * docs/design/coin-flipping.md. Finally
 * the chain runs for {@code simulateSteps} steps through the next → current back-projection.
 *
 * <p>Rows: {@code kind = transition} (one per pair i → j) and {@code kind = summary} (one per
 * trial, with the simulated path).
 */
public final class MarkovLearning implements Experiment<MarkovLearning.Params> {
  private static final long CHAIN = 1;
  private static final long SEQUENCE = 2;
  private static final long SAMPLES = 3;
  private static final long SIMULATION = 4;

  /**
   * Rows of at least this many transitions are "well sampled": in rows seen less often the
   * saturating rule's small-count correction is largest, and some brains miss 1/50 there even with
   * exact chances (at the authors' sizes, p = 1, noise 16: 198 of 200 random chains are within
   * 1/50 on the well-sampled rows, 181 on all rows; {@code CapRaceTest}).
   */
  static final int WELL_SAMPLED = 40;

  /**
   * Parameters (defaults: the authors' demo, {@link CoinFlip.Config#authors()}, 3 states).
   *
   * @param states states of the chain
   * @param lengthPerState length of the training sequence per state (spec: 100)
   * @param samplesPerState noisy-cap samples from each state to estimate the learned chain
   * @param simulateSteps steps of the simulated run
   */
  public record Params(int states, int lengthPerState, int samplesPerState, int simulateSteps, int n, int k,
      int contextN, double p, double lambda, double beta, double noise, double recurrence, int rounds,
      double winFraction) {
    public Params {
      if (states < 2) {
        throw new IllegalArgumentException("states=" + states + " must be ≥ 2");
      }
      if (lengthPerState < 1) {
        throw new IllegalArgumentException("lengthPerState=" + lengthPerState + " must be ≥ 1");
      }
      if (samplesPerState < 1) {
        throw new IllegalArgumentException("samplesPerState=" + samplesPerState + " must be ≥ 1");
      }
      if (simulateSteps < 0) {
        throw new IllegalArgumentException("simulateSteps=" + simulateSteps + " must be ≥ 0");
      }
      new CoinFlip.Config(n, k, contextN, p, lambda, beta, noise, recurrence, rounds, // validates
          winFraction);
      if ((long) states * k > Math.min(n, contextN)) {
        throw new IllegalArgumentException("states=" + states + " assemblies of k=" + k
            + " do not fit in n=" + n + " and contextN=" + contextN);
      }
    }

    CoinFlip.Config config() {
      return new CoinFlip.Config(n, k, contextN, p, lambda, beta, noise, recurrence, rounds, winFraction);
    }
  }

  @Override
  public String name() {
    return "coinflip-markov";
  }

  @Override
  public String title() {
    return "Coin flipping: a Markov chain learned from one sequence, learned vs true transition probabilities";
  }

  @Override
  public String source() {
    return "sequences.md §6; arXiv:2406.07715; authors' nemo demo \"Estimate & simulate a Markov chain\"";
  }

  @Override
  public String expected() {
    return "learned transition probabilities within 1/50 (sequence of length 100·#states; k=500, 3000 "
        + "inputs, n=10000, p=0.1, noise 5·√(kp), λ=24)";
  }

  @Override
  public Params defaults() {
    CoinFlip.Config c = CoinFlip.Config.authors();
    return new Params(3, 100, 1000, 200, c.n(), c.k(), c.contextN(), c.p(), c.lambda(), c.beta(), c.noise(),
        c.recurrence(), c.rounds(), c.winFraction());
  }

  @Override
  public int defaultSeeds() {
    return 8;
  }

  @Override
  public List<Row> run(Params p, Point point, long seed) {
    int s = p.states();
    double[][] chain = MarkovChainLearner.randomChain(s, Seeds.derive(seed, CHAIN));
    int[] sequence = MarkovChainLearner.sampleSequence(chain, 0, p.lengthPerState() * s, Seeds.derive(seed, SEQUENCE));
    double[][] freq = MarkovChainLearner.frequencies(sequence, s);
    MarkovChainLearner m = MarkovChainLearner.create(p.config(), s, seed);
    m.learn(sequence);
    double[][] learned = m.estimate(p.samplesPerState(), Seeds.derive(seed, SAMPLES));
    List<Row> rows = new ArrayList<>();
    boolean dense = hasCapModel(p);
    double maxFreq = 0;
    double maxTrue = 0;
    double maxFreqTrue = 0;
    double maxSoftmaxFreq = 0;
    double maxModelFreq = 0;
    double maxModelWellSampled = 0;
    double maxZModel = 0;
    double maxWellSampled = 0;
    double undecided = 0;
    for (int i = 0; i < s; i++) {
      undecided += 1 - Arrays.stream(learned[i]).sum();
      int[] counts = new int[s];
      for (int j = 0; j < s; j++) {
        counts[j] = m.count(i, j);
      }
      int seen = Arrays.stream(counts).sum();
      double[] softmax = softmax(p.config(), counts);
      double[] model = dense ? capModel(p.config(), counts) : null;
      for (int j = 0; j < s; j++) {
        double ef = learned[i][j] - freq[i][j];
        double et = learned[i][j] - chain[i][j];
        maxFreq = Math.max(maxFreq, Math.abs(ef));
        if (seen >= WELL_SAMPLED) {
          maxWellSampled = Math.max(maxWellSampled, Math.abs(ef));
        }
        maxTrue = Math.max(maxTrue, Math.abs(et));
        maxFreqTrue = Math.max(maxFreqTrue, Math.abs(freq[i][j] - chain[i][j]));
        maxSoftmaxFreq = Math.max(maxSoftmaxFreq, Math.abs(softmax[j] - freq[i][j]));
        Row row = Row.of("kind", "transition", "from", i, "to", j, "trueP", chain[i][j], "count", counts[j],
            "frequency", freq[i][j], "softmax", softmax[j], "learned", learned[i][j], "errorVsFrequency", ef,
            "errorVsTrue", et);
        if (dense) {
          maxModelFreq = Math.max(maxModelFreq, Math.abs(model[j] - freq[i][j]));
          if (seen >= WELL_SAMPLED) {
            maxModelWellSampled = Math.max(maxModelWellSampled, Math.abs(model[j] - freq[i][j]));
          }
          double se = Math.sqrt(Math.max(model[j] * (1 - model[j]), 1e-4) / p.samplesPerState());
          maxZModel = Math.max(maxZModel, Math.abs(learned[i][j] - model[j]) / se);
          row = row.with("capModel", model[j]);
        }
        rows.add(row);
      }
    }
    int[] path = m.simulate(0, p.simulateSteps(), Seeds.derive(seed, SIMULATION));
    Row summary = Row.of("kind", "summary", "maxErrorVsFrequency", maxFreq, "maxErrorWellSampled", maxWellSampled,
        "maxErrorVsTrue", maxTrue, "maxFrequencyVsTrue", maxFreqTrue, "maxSoftmaxVsFrequency", maxSoftmaxFreq,
        "undecided", undecided / s, "slope", slope(freq, learned), "pathMaxZ", maxZ(path, learned, s),
        "path", Arrays.stream(path).mapToObj(Integer::toString).collect(Collectors.joining("")));
    rows.add(dense ? summary.with("maxCapModelVsFrequency", maxModelFreq)
        .with("maxCapModelWellSampled", maxModelWellSampled).with("maxZVsCapModel", maxZModel) : summary);
    return rows;
  }

  /** Whether {@link CapRace} describes this setting: full connectivity and some noise. */
  static boolean hasCapModel(Params p) {
    return p.p() == 1 && p.noise() > 0;
  }

  /**
   * At full connectivity, the exact chances of the noisy cap in a row of transition
   * {@code counts} ({@link CapRace}): what the learner samples with infinitely many flips.
   */
  static double[] capModel(CoinFlip.Config c, int[] counts) {
    return CapRace.winProbabilities(Arrays.stream(counts).mapToDouble(c::weightAfter).toArray(), c.n(), c.k(),
        c.sigma());
  }

  /**
   * What an ideal sampler would learn from a row of transition {@code counts}: the softmax of λ·w
   * over the learned weights, i.e. P(j) ∝ e^{λ(w_j − 1 − β)}, which the saturating rule makes ≈
   * λ·count. It differs from the frequencies by the rule's small-count correction alone
   * (e^{λ(w − 1 − β)} ≈ λ(c + ln(c)/2 + 0.3), not λc), so it separates the rule's error from the
   * noisy cap's.
   */
  static double[] softmax(CoinFlip.Config c, int[] counts) {
    double[] x = Arrays.stream(counts).mapToDouble(n -> Math.exp(c.lambda() * (c.weightAfter(n) - 1 - c.beta())))
        .toArray();
    double sum = Arrays.stream(x).sum();
    return Arrays.stream(x).map(v -> v / sum).toArray();
  }

  /** Least-squares slope of learned against frequency over the entries of one chain. */
  static double slope(double[][] freq, double[][] learned) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < freq.length; i++) {
      for (int j = 0; j < freq[i].length; j++) {
        pairs.add(new double[] {freq[i][j], learned[i][j]});
      }
    }
    double mx = pairs.stream().mapToDouble(q -> q[0]).average().orElse(0);
    double my = pairs.stream().mapToDouble(q -> q[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (double[] q : pairs) {
      sxy += (q[0] - mx) * (q[1] - my);
      sxx += (q[0] - mx) * (q[0] - mx);
    }
    return sxx == 0 ? Double.NaN : sxy / sxx;
  }

  /**
   * How far the simulated path's transition frequencies are from the learned chain, in standard
   * errors: the largest |f_ij − P_ij|·√n_i / √(P_ij(1 − P_ij)) over the entries (P clipped to
   * [0.01, 0.99]; n_i = transitions out of i in the path).
   */
  static double maxZ(int[] path, double[][] learned, int states) {
    double[][] f = MarkovChainLearner.frequencies(path, states);
    int[] out = new int[states];
    for (int t = 0; t + 1 < path.length; t++) {
      out[path[t]]++;
    }
    double max = 0;
    for (int i = 0; i < states; i++) {
      if (out[i] == 0) {
        continue;
      }
      double total = Arrays.stream(learned[i]).sum();
      for (int j = 0; j < states; j++) {
        double q = Math.min(0.99, Math.max(0.01, total > 0 ? learned[i][j] / total : 1.0 / states));
        max = Math.max(max, Math.abs(f[i][j] - q) * Math.sqrt(out[i]) / Math.sqrt(q * (1 - q)));
      }
    }
    return max;
  }

  /** Frequency bins of the calibration check. */
  static final double[] BINS = {0, 0.25, 0.5, 1.000001};

  @Override
  public List<Check> checks(Params p, Table t) {
    Table summary = t.where("kind", "summary");
    Table transitions = t.where("kind", "transition");
    List<Check> checks = new ArrayList<>();
    checks.add(Check.allAtMost("undecided samples (per seed)", "one next state wins every flip",
        summary.values("undecided"), 0.02));
    // Per brain, the slope of learned against frequency: 24 seeds at the defaults 0.973 ± 0.079;
    // band 1 ± 3 standard errors of the run's mean.
    double[] slopes = summary.values("slope");
    double st = 3 * 0.079 / Math.sqrt(slopes.length);
    checks.add(Check.meanBetween("slope of learned against observed frequency, per brain",
        "1: learned probabilities track frequencies", slopes, 1 - st, 1 + st));
    // Averaged over brains, learned − frequency within each frequency bin: |mean| ≤ 1/50 plus 3
    // standard errors of that mean (24 seeds at the defaults: bins [0, 1/4), [1/4, 1/2), [1/2, 1]
    // −0.001 ± 0.004, 0.016 ± 0.009, −0.020 ± 0.010).
    List<Double> means = new ArrayList<>();
    boolean ok = true;
    StringBuilder worst = new StringBuilder();
    for (int b = 0; b + 1 < BINS.length; b++) {
      double lo = BINS[b];
      double hi = BINS[b + 1];
      double[] e = transitions.where(r -> r.num("frequency") >= lo && r.num("frequency") < hi)
          .values("errorVsFrequency");
      if (e.length < 5) {
        continue; // too few entries for a standard error
      }
      double mean = Arrays.stream(e).average().orElse(0);
      double tol = 0.02 + 3 * SamplerCurve.sd(e) / Math.sqrt(e.length);
      means.add(mean);
      if (Math.abs(mean) > tol) {
        ok = false;
        worst.append(String.format(Locale.ROOT, " [%.2f, %.2f): %.3f > %.3f;", lo, Math.min(hi, 1), mean, tol));
      }
    }
    checks.add(new Check("mean learned − frequency per frequency bin, over all brains",
        "within 1/50 (spec)", "|bin mean| ≤ 1/50 + 3 standard errors in every bin" + (ok ? "" : " (failed:" + worst + ")"),
        means.stream().mapToDouble(Double::doubleValue).toArray(), ok));
    // The simulated run follows the learned chain: 24 seeds at the defaults, largest |z| (over 9
    // entries) 1.9 ± 0.6, at most 3.4.
    checks.add(Check.allAtMost("simulated path vs learned chain, largest |z| per seed",
        "the run samples the learned transitions", summary.values("pathMaxZ"), 4.5));
    if (hasCapModel(p)) {
      // Full connectivity: no connectome bias, and the cap's chances are known exactly (CapRace).
      // The learned chain is those chances up to the estimation error (|z| over 9 entries, ≤ 4.5
      // as for the simulated path), and on rows seen ≥ WELL_SAMPLED times within 1/50 of the
      // frequencies up to 3 standard errors of an estimate (√(1/4)/√samplesPerState).
      checks.add(Check.allAtMost("learned vs the cap model, largest |z| per seed",
          "the engine samples the model's chances (p = 1)", summary.values("maxZVsCapModel"), 4.5));
      checks.add(Check.allAtMost("max |learned − frequency| per brain, rows seen ≥ " + WELL_SAMPLED + " times",
          "≤ 1/50 (spec)", summary.values("maxErrorWellSampled"), 0.02 + 1.5 / Math.sqrt(p.samplesPerState())));
    }
    if (p.equals(defaults())) {
      // 24 seeds at the defaults (root seed 1): 0.116 ± 0.040 (0.06–0.23); the authors' demo at
      // the same sizes (their notebook cell run in Python, seeds 1–6, 500–2000 samples per
      // state): 0.06, 0.07, 0.12, 0.18, 0.08, 0.08 (mean 0.10).
      // The spec's 1/50 is not reached by one brain: its random connectivity biases each
      // transition (entries' rms error 0.064; P(A) at equal weights varies by sd 0.10 between
      // brains), while the average over brains is calibrated (the two checks above).
      double[] max = summary.values("maxErrorVsFrequency");
      double tol = 3 * 0.040 / Math.sqrt(max.length);
      checks.add(Check.meanBetween("max |learned − frequency| per brain",
          "≤ 1/50 (spec); the authors' demo 0.06–0.18 (6 seeds, mean 0.10)", max, 0.116 - tol, 0.116 + tol));
    }
    return checks;
  }

  @Override
  public List<Figure> figures(Params p, Table t) {
    Table tr = t.where("kind", "transition");
    String sizes = String.format(Locale.ROOT, "%d states, n=%d, k=%d, p=%s, λ=%s, noise %s√(kp)", p.states(),
        p.n(), p.k(), p.p(), p.lambda(), p.noise());
    XYChart c = Charts.chart("Learned vs observed (" + sizes + ")",
        "frequency in the training sequence (grey: the true probability)", "learned probability (noisy-cap samples)");
    scatter(c, "learned vs frequency (each entry, each seed)", tr.values("frequency"), tr.values("learned"));
    scatter(c, "learned vs true", tr.values("trueP"), tr.values("learned")).setMarkerColor(java.awt.Color.GRAY);
    line(c, "equal", 0, 0, 1, 1);
    line(c, "equal + 1/50", 0, 0.02, 0.98, 1).setLineColor(java.awt.Color.LIGHT_GRAY);
    line(c, "equal − 1/50", 0.02, 0, 1, 0.98).setLineColor(java.awt.Color.LIGHT_GRAY);
    Table s = t.where("kind", "summary");
    XYChart e = Charts.chart("Largest error per brain (" + sizes + ")", "seed index", "max |error| over the entries");
    double[] idx = s.values("seedIndex");
    scatter(e, "learned vs frequency", idx, s.values("maxErrorVsFrequency"));
    scatter(e, "learned vs frequency, rows of ≥ " + WELL_SAMPLED + " transitions", idx,
        s.values("maxErrorWellSampled"));
    scatter(e, "learned vs true", idx, s.values("maxErrorVsTrue"));
    scatter(e, "frequency vs true (training sample)", idx, s.values("maxFrequencyVsTrue"));
    scatter(e, "ideal softmax sampler vs frequency (the rule's share)", idx, s.values("maxSoftmaxVsFrequency"));
    Charts.horizontal(e, "1/50", 0.02, 0, Math.max(1, Arrays.stream(idx).max().orElse(1)));
    return List.of(
        new Figure("markov.png", "Every learned transition probability against its frequency in the training "
            + "sequence (and, grey, against the true chain)", c),
        new Figure("errors.png", "Per brain: the largest error of the learned chain", e));
  }

  private static XYSeries scatter(XYChart c, String name, double[] x, double[] y) {
    XYSeries s = c.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    return s;
  }

  private static XYSeries line(XYChart c, String name, double x0, double y0, double x1, double y1) {
    XYSeries s = c.addSeries(name, new double[] {x0, x1}, new double[] {y0, y1});
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(java.awt.Color.DARK_GRAY);
    return s;
  }
}
