package org.assemblies.lm.harness;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assemblies.experiments.io.RunOutput;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.ModelFactory;
import org.assemblies.lm.Models;
import org.assemblies.lm.Options;
import org.assemblies.lm.Task;
import org.assemblies.lm.baselines.Compressors;
import org.assemblies.lm.data.CharCorpus;
import org.assemblies.lm.metrics.Evaluation;
import org.assemblies.lm.metrics.Evaluator;
import org.assemblies.lm.metrics.Metrics;
import org.assemblies.lm.tasks.Tasks;

/**
 * Every registered model on every task under one budget, in one run (spec/lm-lab.md §2): quality
 * per task, parameters, training and inference throughput, time to a target loss, cost per token
 * as the length grows, state size, data efficiency (the learning curve), length generalisation,
 * and the seed's nine must-haves as columns — measured where they can be, otherwise as the model
 * declares them ({@link LanguageModel#properties()}), marked so.
 */
public final class Scorecard {
  private Scorecard() {}

  /** The task of the character corpus, in rows. */
  public static final String CORPUS = "corpus";

  /** The default tasks: the spec's, at CPU-sized lengths (selective copy 256). */
  public static final List<String> DEFAULT_TASKS = List.of("copy:blanks=100", "string-copy",
      "selective-copy:length=256", "ar", "mqar:pairs=4,length=64", "mqar-stacked:pairs=4,length=64",
      "induction");

  /**
   * One model configuration on the scorecard.
   *
   * @param factory its kind
   * @param options its options
   */
  public record Entry(ModelFactory factory, Map<String, String> options) {
    /** Every registered factory with each of its scorecard variants. */
    public static List<Entry> registered() {
      List<Entry> out = new ArrayList<>();
      for (ModelFactory f : Models.all()) {
        for (Map<String, String> o : f.scorecardVariants()) {
          out.add(new Entry(f, o));
        }
      }
      return out;
    }
  }

  /**
   * What the scorecard runs.
   *
   * @param tasks task specs, {@code name} or {@code name:key=value,key=value}
   * @param corpus the character corpus ({@code mobydick} or a path)
   * @param budget per model and task
   * @param batch examples per step
   * @param window characters per corpus example (training and evaluation)
   * @param evalExamples held-out examples per task
   * @param lengths the lengths of the cost curve
   * @param lengthCapSeconds the time allowed per length
   * @param targetBpc the corpus loss whose first crossing is timed (bits per character)
   * @param seed every draw derives from it
   * @param progress progress bars on stderr
   * @param trainExamples each task's fixed training set size (0: a fresh example every time)
   * @param mqarSweep on MQAR tasks, one model option swept (e.g. {@code lr} over four values, as
   *     Zoology reports the best of four learning rates): each value is trained and the best test
   *     score is kept; empty for none. A model without that option runs once.
   */
  public record Config(List<String> tasks, String corpus, Budget budget, int batch, int window,
      int evalExamples, List<Integer> lengths, double lengthCapSeconds, double targetBpc, long seed,
      boolean progress, long trainExamples, Map<String, List<String>> mqarSweep) {
    public Config {
      tasks = List.copyOf(tasks);
      mqarSweep = Map.copyOf(mqarSweep);
      if (mqarSweep.size() > 1) {
        throw new IllegalArgumentException("mqarSweep sweeps one option, not " + mqarSweep.keySet());
      }
      lengths = List.copyOf(lengths);
      if (batch < 1 || window < 8 || evalExamples < 1) {
        throw new IllegalArgumentException("batch=" + batch + ", window=" + window + ", evalExamples="
            + evalExamples + ": need batch ≥ 1, window ≥ 8, evalExamples ≥ 1");
      }
      if (trainExamples < 0) {
        throw new IllegalArgumentException("trainExamples=" + trainExamples + " must be ≥ 0");
      }
    }
  }

  /**
   * One model on one task.
   *
   * @param model the model's name (with its variant)
   * @param task the task's name ({@value #CORPUS} for the character corpus)
   * @param metric what {@code score} is: accuracy, exact match, example accuracy or bpc
   * @param score the task's metric on its test set
   * @param trainDistributionScore the metric on the training distribution when the test set
   *     differs (length generalisation), else NaN
   * @param evaluation the full held-out evaluation
   * @param parameters total trained parameters
   * @param nonEmbeddingParameters outside the embedding
   * @param stateSize numbers carried per token at inference
   * @param training what training did (steps, tokens, time, curve)
   * @param inferTokensPerSecond positions per second of {@code logProbabilities} on the test set
   * @param note the swept option value kept, if any (else empty)
   */
  public record Row(String model, String task, String metric, double score, double trainDistributionScore,
      Evaluation evaluation, long parameters, long nonEmbeddingParameters, long stateSize,
      Trainer.State training, double inferTokensPerSecond, String note) {}

  /**
   * The measures of one model that are not per task (on the model trained on the corpus).
   *
   * @param model its name
   * @param costs the cost curve
   * @param exponent fitted growth exponent of time with length
   * @param orderSensitivity mean total-variation distance between the next-character
   *     distributions of held-out windows and the same windows with the two characters before the
   *     last swapped ("the cat" vs "cat the"); 0 = order-blind
   * @param properties what the model declares ({@link LanguageModel#properties()})
   */
  public record ModelMeasures(String model, List<CostCurve.Cost> costs, double exponent,
      double orderSensitivity, Map<String, String> properties) {}

  /**
   * The scorecard.
   *
   * @param config what ran
   * @param rows model × task
   * @param models per-model measures
   * @param gzip gzip's figures on the corpus split
   * @param bzip2 bzip2's figures on the corpus split
   * @param corpusCharacters characters of the corpus
   */
  public record Result(Config config, List<Row> rows, List<ModelMeasures> models, Compressors.Result gzip,
      Compressors.Result bzip2, int corpusCharacters) {}

  /** Runs the entries on the configured tasks and the corpus; {@code log} gets one line per row. */
  public static Result run(Config config, List<Entry> entries, PrintWriter log) throws IOException {
    CharCorpus corpus = CharCorpus.named(config.corpus());
    Compressors.Result gzip = Compressors.gzip(corpus.trainText(), corpus.testText());
    Compressors.Result bzip2 = Compressors.bzip2(corpus.trainText(), corpus.testText());
    List<Example> corpusTest = CharCorpus.windows(corpus.test(), config.window());
    List<Task> tasks = new ArrayList<>();
    for (String spec : config.tasks()) {
      tasks.add(parseTask(spec));
    }
    List<Row> rows = new ArrayList<>();
    List<ModelMeasures> models = new ArrayList<>();
    java.util.Set<String> used = new java.util.HashSet<>();
    for (Entry entry : entries) {
      String label = null;
      for (Task task : tasks) {
        List<Example> test = task.testTask().samples(config.seed() + 1, config.evalExamples());
        List<Example> trainDist = task.testTask() == task ? null : task.samples(config.seed() + 2, config.evalExamples());
        List<Map<String, String>> variants = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        variants.add(entry.options());
        notes.add("");
        if (task.name().startsWith("mqar") && !config.mqarSweep().isEmpty()) {
          Map.Entry<String, List<String>> sweep = config.mqarSweep().entrySet().iterator().next();
          if (accepts(entry, task, sweep.getKey(), sweep.getValue().get(0), config.seed())) {
            variants.clear();
            notes.clear();
            for (String v : sweep.getValue()) {
              Map<String, String> o = new LinkedHashMap<>(entry.options());
              o.put(sweep.getKey(), v);
              variants.add(o);
              notes.add(sweep.getKey() + "=" + v + ", best of " + sweep.getValue().size());
            }
          }
        }
        Row best = null;
        for (int i = 0; i < variants.size(); i++) {
          try (LanguageModel m = entry.factory().create(task.vocabularySize(), variants.get(i), config.seed())) {
            if (label == null) {
              label = label(m.name(), entry, used);
            }
            BatchSource source = config.trainExamples() > 0
                ? BatchSource.ofFixed(task, config.trainExamples(), config.batch(), config.seed())
                : BatchSource.of(task, config.batch(), config.seed());
            List<Example> heldOut = test.subList(0, Math.min(test.size(), 64));
            Trainer.State st = Trainer.train(m, source, heldOut, trainerConfig(config, Double.NaN,
                m.name() + " " + task.name(), "bits"), Trainer.State.start(), Map.of());
            Row r = row(m, label, task.name(), metricOf(task.name()), test, trainDist, st, notes.get(i));
            if (best == null || r.score() > best.score()) {
              best = r;
            }
          }
        }
        rows.add(best);
        log(log, best);
      }
      try (LanguageModel m = entry.factory().create(corpus.vocabulary().size(), entry.options(), config.seed())) {
        if (label == null) {
          label = label(m.name(), entry, used);
        }
        BatchSource source = BatchSource.ofStream(corpus.train(), corpus.vocabulary().size(), config.window(),
            config.batch());
        List<Example> heldOut = corpusTest.subList(0, Math.min(corpusTest.size(), 64));
        Trainer.State st = Trainer.train(m, source, heldOut, trainerConfig(config,
            config.targetBpc() * Metrics.LN2, m.name() + " " + corpus.name(), "bpc"), Trainer.State.start(), Map.of());
        Row r = row(m, label, CORPUS, "bpc", corpusTest, null, st, "");
        rows.add(r);
        log(log, r);
        List<CostCurve.Cost> costs = CostCurve.measure(m, config.lengths(), config.lengthCapSeconds(), config.seed());
        models.add(new ModelMeasures(label, costs, CostCurve.exponent(costs),
            orderSensitivity(m, corpusTest), m.properties()));
      }
    }
    return new Result(config, rows, models, gzip, bzip2, corpus.length());
  }

  private static Trainer.Config trainerConfig(Config c, double targetNats, String label, String bits) {
    return new Trainer.Config(c.budget(), 10, targetNats, null, 0, c.progress(), label, bits);
  }

  /** Whether the entry's model takes this option (creating it throws for an unknown key). */
  private static boolean accepts(Entry entry, Task task, String key, String value, long seed) {
    Map<String, String> o = new LinkedHashMap<>(entry.options());
    o.put(key, value);
    try (LanguageModel m = entry.factory().create(task.vocabularySize(), o, seed)) {
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The model's name, or, when an earlier entry already used it, the name with the options. */
  private static String label(String name, Entry entry, java.util.Set<String> used) {
    String l = used.contains(name) ? name + " " + entry.options() : name;
    used.add(l);
    return l;
  }

  private static Row row(LanguageModel m, String label, String task, String metric, List<Example> test,
      List<Example> trainDist, Trainer.State st, String note) {
    long t0 = System.nanoTime();
    Evaluation ev = Evaluator.evaluate(m, test);
    double s = (System.nanoTime() - t0) / 1e9;
    long positions = 0;
    for (Example e : test) {
      positions += e.length();
    }
    double inDist = trainDist == null ? Double.NaN : score(Evaluator.evaluate(m, trainDist), metric);
    return new Row(label, task, metric, score(ev, metric), inDist, ev, m.parameters(),
        m.nonEmbeddingParameters(), m.stateSize(), st, positions / s, note);
  }

  private static void log(PrintWriter log, Row r) {
    if (log != null) {
      log.printf("%-18s %-26s %-16s %.4f  (%,d steps, %,d tokens, %.1f s)%s%n", r.model(), r.task(), r.metric(),
          r.score(), r.training().step(), r.training().tokens(), r.training().seconds(),
          r.note().isEmpty() ? "" : " " + r.note());
      log.flush();
    }
  }

  /** A task spec: {@code name} or {@code name:key=value,key=value}. */
  public static Task parseTask(String spec) {
    int colon = spec.indexOf(':');
    String name = colon < 0 ? spec : spec.substring(0, colon);
    Map<String, String> opts = colon < 0 || colon == spec.length() - 1 ? Map.of()
        : Options.parse(List.of(spec.substring(colon + 1).split(",")));
    return Tasks.create(name.trim(), opts);
  }

  /** The metric a task is scored by (spec/lm-lab.md §1). */
  public static String metricOf(String task) {
    if (task.equals(CORPUS)) {
      return "bpc";
    }
    if (task.startsWith("string-copy")) {
      return "exact match";
    }
    if (task.startsWith("mqar")) {
      return "example accuracy";
    }
    return "accuracy";
  }

  static double score(Evaluation e, String metric) {
    return switch (metric) {
      case "bpc" -> e.bits();
      case "exact match" -> e.exactMatch();
      case "example accuracy" -> e.exampleAccuracy();
      default -> e.accuracy();
    };
  }

  /** Mean total-variation distance of the last position's distribution when the two characters before it are swapped. */
  static double orderSensitivity(LanguageModel m, List<Example> windows) {
    double sum = 0;
    int n = 0;
    for (Example e : windows) {
      int[] t = e.tokens();
      if (t.length < 8 || t[t.length - 2] == t[t.length - 3]) {
        continue;
      }
      int[] s = t.clone();
      s[s.length - 2] = t[t.length - 3];
      s[s.length - 3] = t[t.length - 2];
      float[] a = m.logProbabilities(t)[t.length - 1];
      float[] b = m.logProbabilities(s)[s.length - 1];
      double tv = 0;
      for (int v = 0; v < a.length; v++) {
        tv += Math.abs(Math.exp(a[v]) - Math.exp(b[v]));
      }
      sum += tv / 2;
      if (++n == 50) {
        break;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Writes scorecard.md, scorecard.json, rows.csv, curves.png and cost.png into the run directory. */
  public static void write(Result r, RunOutput out) throws IOException {
    out.writeString("scorecard.md", ScorecardReport.markdown(r));
    out.writeJson("scorecard.json", ScorecardReport.json(r));
    List<List<?>> csv = new ArrayList<>();
    for (Row row : r.rows()) {
      csv.add(List.of(row.model(), row.task(), row.metric(), row.score(), row.evaluation().nats(),
          row.evaluation().accuracy(), row.parameters(), row.nonEmbeddingParameters(), row.stateSize(),
          row.training().step(), row.training().tokens(), row.training().seconds(),
          row.training().tokensPerSecond(), row.inferTokensPerSecond()));
    }
    out.writeCsv("rows.csv", List.of("model", "task", "metric", "score", "nats", "accuracy", "parameters",
        "nonEmbeddingParameters", "stateSize", "steps", "tokens", "trainSeconds", "trainTokensPerSecond",
        "inferTokensPerSecond"), csv);
    out.writePng("curves.png", ScorecardReport.curveChart(r));
    out.writePng("cost.png", ScorecardReport.costChart(r));
  }

  /** Rows by task then model (for tables). */
  static Map<String, Map<String, Row>> byTask(Result r) {
    Map<String, Map<String, Row>> m = new LinkedHashMap<>();
    for (Row row : r.rows()) {
      m.computeIfAbsent(row.task(), k -> new LinkedHashMap<>()).put(row.model(), row);
    }
    return m;
  }

  static Map<String, Row> corpusRows(Result r) {
    Map<String, Row> m = new TreeMap<>();
    for (Row row : r.rows()) {
      if (row.task().equals(CORPUS)) {
        m.put(row.model(), row);
      }
    }
    return m;
  }
}
