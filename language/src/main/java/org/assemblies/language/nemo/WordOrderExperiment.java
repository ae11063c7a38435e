package org.assemblies.language.nemo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * {@code nemo-word-order}: a {@link LanguageLearner} is taught a {@link ToyLanguage} (4 nouns, 3
 * verbs) with a {@link Curriculum} — stage 1 the words alone with their referents, stage 2
 * sentences about half of the 36 scenes — and the {@link SentenceGenerator} then describes every
 * scene it never heard about. Measured per mood: the fraction of generated sentences in the trained
 * order, the fraction whose words name the scene's concepts in their roles, the fraction never
 * heard, and how many stage-2 words the network gave to the right role (word categories). One
 * point per word order, and one brain taught two moods with different orders.
 */
public final class WordOrderExperiment implements Experiment<WordOrderExperiment.Params> {
  static final String TWO_MOODS = "two moods";

  /**
   * Parameters (defaults: {@link NemoConfig#defaults()} and this experiment's course).
   *
   * @param p connection probability
   * @param n neurons per lazy area
   * @param k cap
   * @param beta plasticity
   * @param maxWeight weight cap
   * @param perceiveRounds rounds forming a concept's role assembly
   * @param hearRounds rounds per heard word
   * @param carryRounds rounds in which the previous constituent fires into the current role
   * @param wordRepetitions stage 1 passes over the words (0: no stage 1)
   * @param sentencesPerMood stage 2 sentences per mood
   * @param orders the orders taught one per brain
   * @param moodOrders the orders of the two-mood brain (moods "declarative" and "question")
   */
  public record Params(double p, int n, int k, double beta, double maxWeight, int perceiveRounds,
      int hearRounds, int carryRounds, int wordRepetitions, int sentencesPerMood, List<String> orders,
      List<String> moodOrders) {
    public Params {
      orders = List.copyOf(orders);
      moodOrders = List.copyOf(moodOrders);
      orders.forEach(WordOrder::of);
      moodOrders.forEach(WordOrder::of);
      if (orders.isEmpty()) {
        throw new IllegalArgumentException("orders must name at least one word order");
      }
      if (moodOrders.size() != 2) {
        throw new IllegalArgumentException("moodOrders=" + moodOrders + " must name 2 orders, one per mood");
      }
      if (sentencesPerMood < 1) {
        throw new IllegalArgumentException("sentencesPerMood=" + sentencesPerMood + " must be ≥ 1");
      }
      config(p, n, k, beta, maxWeight, perceiveRounds, hearRounds, carryRounds); // validates
    }

    NemoConfig config() {
      return config(p, n, k, beta, maxWeight, perceiveRounds, hearRounds, carryRounds);
    }

    private static NemoConfig config(double p, int n, int k, double beta, double maxWeight,
        int perceiveRounds, int hearRounds, int carryRounds) {
      NemoConfig d = NemoConfig.defaults();
      return new NemoConfig(p, n, k, beta, maxWeight, perceiveRounds, hearRounds, carryRounds,
          d.maxWords(), d.maxConcepts(), d.moods());
    }
  }

  @Override
  public String name() {
    return "nemo-word-order";
  }

  @Override
  public String title() {
    return "NEMO: learned word order and generation of novel sentences";
  }

  @Override
  public String source() {
    return "language.md §3 (Mitropolsky and Papadimitriou, arXiv:2507.11788; word_order_int.py)";
  }

  @Override
  public String expected() {
    return "generated sentences follow the trained order (SVO, SOV, VSO, …; one order per mood), "
        + "are novel and say the scene";
  }

  @Override
  public Params defaults() {
    NemoConfig d = NemoConfig.defaults();
    return new Params(d.p(), d.n(), d.k(), d.beta(), d.maxWeight(), d.perceiveRounds(), d.hearRounds(),
        d.carryRounds(), 2, 30, List.of("SVO", "SOV", "VSO", "VOS", "OVS", "OSV"), List.of("SVO", "SOV"));
  }

  @Override
  public int defaultSeeds() {
    return 5; // RESULTS.md uses --seeds 10; 5 keeps the full report quick
  }

  @Override
  public List<Point> points(Params params) {
    List<Point> out = new ArrayList<>();
    params.orders().forEach(o -> out.add(Point.of("setting", o)));
    out.add(Point.of("setting", TWO_MOODS));
    return out;
  }

  @Override
  public List<Row> run(Params params, Point point, long seed) {
    String setting = (String) point.values().get("setting");
    NemoConfig config = params.config();
    Map<String, WordOrder> orders = new LinkedHashMap<>();
    if (setting.equals(TWO_MOODS)) {
      for (int i = 0; i < 2; i++) {
        orders.put(config.moods().get(i), WordOrder.of(params.moodOrders().get(i)));
      }
    } else {
      orders.put(config.moods().getFirst(), WordOrder.of(setting));
    }
    long t0 = System.nanoTime();
    ToyLanguage language = ToyLanguage.of(orders);
    LanguageLearner learner = new LanguageLearner(config, seed);
    Curriculum.Result taught = language.curriculum(params.wordRepetitions(),
        params.sentencesPerMood() * orders.size(), seed).train(learner);
    SentenceGenerator generator = new SentenceGenerator(learner);
    List<Scene> scenes = generator.unheardScenes();
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, WordOrder> e : orders.entrySet()) {
      int inOrder = 0;
      int saysScene = 0;
      int novel = 0;
      double minMargin = Double.POSITIVE_INFINITY;
      String example = "";
      for (Scene s : scenes) {
        SentenceGenerator.Sentence g = generator.generate(s, e.getKey());
        inOrder += g.order().equals(e.getValue().toString()) ? 1 : 0;
        saysScene += g.words().equals(language.say(s, e.getKey())) ? 1 : 0;
        novel += g.novel() ? 1 : 0;
        minMargin = Math.min(minMargin, g.margins().stream().mapToDouble(Double::doubleValue).min().orElseThrow());
        if (example.isEmpty()) {
          example = g.text();
        }
      }
      int m = Math.max(1, scenes.size());
      rows.add(Row.of("setting", setting, "mood", e.getKey(), "trained", e.getValue().toString(),
          "label", setting.equals(TWO_MOODS) ? e.getValue() + " (" + e.getKey() + ", same brain)" : setting,
          "generated", scenes.size(), "inOrder", (double) inOrder / m, "saysScene", (double) saysScene / m,
          "novel", (double) novel / m, "routing", taught.routingAccuracy(), "minMargin", minMargin,
          "example", example, "ms", (System.nanoTime() - t0) / 1e6));
    }
    return rows;
  }

  @Override
  public List<Check> checks(Params params, Table t) {
    List<Check> checks = new ArrayList<>();
    for (Object label : t.distinct("label")) {
      checks.add(Check.allAtLeast("fraction of novel sentences in the trained order: " + label,
          "the trained order", t.where("label", label).values("inOrder"), 0.9));
    }
    checks.add(Check.allAtLeast("fraction of generated sentences whose words say the scene (all settings)",
        "the scene's words in their roles", t.values("saysScene"), 0.9));
    checks.add(Check.always("every generated sentence is novel (never heard)", "novel sentences",
        Arrays.stream(t.values("novel")).map(v -> v == 1 ? 1 : 0).toArray()));
    checks.add(Check.allAtLeast("stage-2 words given to the role of their concept (learned categories)",
        "categories learned", t.values("routing"), 0.95));
    checks.add(Check.allAtLeast("novel sentences generated per brain", "> 0",
        t.values("generated"), 1));
    return checks;
  }

  @Override
  public List<Figure> figures(Params params, Table t) {
    List<String> labels = new ArrayList<>();
    List<Double> order = new ArrayList<>();
    List<Double> says = new ArrayList<>();
    for (Object label : t.distinct("label")) {
      Table s = t.where("label", label);
      labels.add(label.toString());
      order.add(Arrays.stream(s.values("inOrder")).average().orElse(0));
      says.add(Arrays.stream(s.values("saysScene")).average().orElse(0));
    }
    CategoryChart c = new CategoryChartBuilder().width(1000).height(560)
        .title("Generated novel sentences in the trained order (mean over seeds)")
        .xAxisTitle("trained order (per brain; last two: one brain, two moods)").yAxisTitle("fraction").build();
    c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    c.getStyler().setYAxisMin(0.0).setYAxisMax(1.05);
    c.getStyler().setXAxisLabelRotation(20);
    c.addSeries("in the trained order", labels, order);
    c.addSeries("words say the scene", labels, says);
    return List.of(new Figure("word-order.png",
        "Fraction of generated novel sentences in the trained order, and whose words say the scene, per order and mood", c));
  }
}
