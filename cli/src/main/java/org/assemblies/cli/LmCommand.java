package org.assemblies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assemblies.experiments.io.Json;
import org.assemblies.experiments.io.RunOutput;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.ModelFactory;
import org.assemblies.lm.Models;
import org.assemblies.lm.Options;
import org.assemblies.lm.Task;
import org.assemblies.lm.data.CharCorpus;
import org.assemblies.lm.data.Vocabulary;
import org.assemblies.lm.harness.BatchSource;
import org.assemblies.lm.harness.Budget;
import org.assemblies.lm.harness.Checkpoint;
import org.assemblies.lm.harness.CostCurve;
import org.assemblies.lm.harness.Generator;
import org.assemblies.lm.harness.Scorecard;
import org.assemblies.lm.harness.Trainer;
import org.assemblies.lm.metrics.Evaluation;
import org.assemblies.lm.metrics.Evaluator;
import org.assemblies.lm.metrics.Metrics;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assemblies lm train|eval|generate|scorecard}: the language-model lab (spec/lm-lab.md). */
@Command(name = "lm", description = "The language-model lab: train, evaluate and sample next-token "
    + "models on the spec's tasks or a character corpus, and the scorecard of every model on every task.",
    subcommands = {LmCommand.Train.class, LmCommand.Eval.class, LmCommand.Generate.class,
        LmCommand.ScorecardCommand.class})
final class LmCommand implements Callable<Integer> {
  static {
    // DJL (spec/lm-lab.md §4): never download; one intra-op thread on small machines, where two
    // made steps about ten times slower. Set on the command line to override.
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    if (System.getProperty("ai.djl.pytorch.num_threads") == null && Runtime.getRuntime().availableProcessors() <= 2) {
      System.setProperty("ai.djl.pytorch.num_threads", "1");
    }
  }

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: train, eval, generate or scorecard");
  }

  static Path defaultOut(String what) {
    return Path.of("runs", "lm-" + what + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
  }

  /** The data of a run: a task, or a character corpus with its vocabulary. */
  record Data(String taskSpec, Task task, String corpusName, CharCorpus corpus, Vocabulary vocabulary) {
    static Data of(String taskSpec, String corpus) throws IOException {
      if (taskSpec != null && corpus != null) {
        throw new IllegalArgumentException("give --task or --corpus, not both");
      }
      if (taskSpec != null) {
        return new Data(taskSpec, Scorecard.parseTask(taskSpec), null, null, null);
      }
      String name = corpus == null ? CharCorpus.MOBY_DICK : corpus;
      CharCorpus c = CharCorpus.named(name);
      return new Data(null, null, name, c, c.vocabulary());
    }

    int vocabularySize() {
      return task != null ? task.vocabularySize() : vocabulary.size();
    }

    String describe() {
      return task != null ? "task " + taskSpec : "corpus " + corpusName;
    }

    /** Held-out examples: task test samples (seeded) or the held-out tenth in windows. */
    List<Example> heldOut(int examples, int window, long seed) {
      if (task != null) {
        return task.testTask().samples(seed + 1, examples);
      }
      List<Example> w = CharCorpus.windows(vocabulary.encode(corpus.testText()), window);
      return examples > 0 && examples < w.size() ? w.subList(0, examples) : w;
    }

    Map<String, Object> meta() {
      Map<String, Object> m = new LinkedHashMap<>();
      if (task != null) {
        m.put("task", taskSpec);
      } else {
        m.put("corpus", corpusName);
        m.put("vocabulary", vocabulary.asStrings());
      }
      return m;
    }
  }

  /** Options shared by train and scorecard. */
  static class BudgetOptions {
    @Option(names = "--steps", paramLabel = "N", description = "Stop after N steps.")
    long steps;

    @Option(names = "--tokens", paramLabel = "N", description = "Stop after N tokens read.")
    long tokens;

    @Option(names = "--seconds", paramLabel = "S", description = "Stop after S seconds of training.")
    double seconds;

    boolean given() {
      return steps != 0 || tokens != 0 || seconds != 0;
    }

    Budget budget() {
      return new Budget(steps, tokens, seconds);
    }
  }

  @Command(name = "train", sortOptions = false,
      description = "Train a model on a task or a corpus under a budget (steps, tokens or seconds), with a "
          + "progress bar of loss and BPC; writes checkpoint/, curve.csv, curve.png, result.json and "
          + "manifest.json into the run directory (default budget: one epoch of a corpus, 1000 steps of a task). "
          + "--resume DIR continues a run to a larger budget.")
  static final class Train implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "KIND", description = "Model kind registered in org.assemblies.lm.Models (ngram, transformer, transformer+conv, assembly) (default: ${DEFAULT-VALUE}).")
    String model = "ngram";

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE", description = "A model option, e.g. -o order=4 (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--task", paramLabel = "SPEC", description = "A task, NAME or NAME:key=value,... (copy, string-copy, "
        + "selective-copy, ar, mqar, mqar-stacked, induction).")
    String task;

    @Option(names = "--corpus", paramLabel = "NAME|FILE", description = "A character corpus: mobydick (vendored) or a "
        + "text file, plain or .gz (default when no --task: mobydick).")
    String corpus;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    BudgetOptions budget = new BudgetOptions();

    @Option(names = "--batch", paramLabel = "B", description = "Examples per step (default: ${DEFAULT-VALUE}).")
    int batch = 16;

    @Option(names = "--window", paramLabel = "W", description = "Characters per corpus example (default: ${DEFAULT-VALUE}).")
    int window = 256;

    @Option(names = "--eval-examples", paramLabel = "N", description = "Held-out examples for the learning curve (default: ${DEFAULT-VALUE}).")
    int evalExamples = 64;

    @Option(names = "--train-examples", paramLabel = "N", description = "A task's fixed training set size, "
        + "cycled (e.g. 100000 as Zoology's MQAR; default: a fresh example every time).")
    long trainExamples;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Steps between checkpoints (default: only at the end).")
    int checkpointEvery;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--resume", paramLabel = "DIR", description = "Continue the run in DIR (its model, data and options).")
    Path resume;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/lm-train-TIME, or the resumed one).")
    Path out;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      Map<String, String> opts = Options.parse(options);
      Trainer.State from = Trainer.State.start();
      Checkpoint.Loaded loaded = null;
      if (resume != null) {
        if (!java.nio.file.Files.isRegularFile(resume.resolve("checkpoint").resolve(Checkpoint.STATE))) {
          throw new IllegalArgumentException("--resume=" + resume + " is not a run directory of 'lm train' (no checkpoint/"
              + Checkpoint.STATE + ")");
        }
        loaded = Checkpoint.load(resume.resolve("checkpoint"));
        Map<String, Object> meta = loaded.meta();
        model = (String) meta.get("model");
        @SuppressWarnings("unchecked")
        Map<String, String> saved = (Map<String, String>) meta.get("options");
        opts = saved;
        task = (String) meta.get("task");
        corpus = (String) meta.get("corpus");
        batch = ((Number) meta.get("batch")).intValue();
        window = ((Number) meta.get("window")).intValue();
        trainExamples = ((Number) meta.getOrDefault("trainExamples", 0)).longValue();
        seed = ((Number) meta.get("seed")).longValue();
        from = loaded.state();
        if (out == null) {
          out = resume;
        }
      }
      Data data = Data.of(task, corpus);
      if (loaded != null && data.corpus() != null) {
        @SuppressWarnings("unchecked")
        List<String> vocab = (List<String>) loaded.meta().get("vocabulary");
        if (!Vocabulary.ofStrings(vocab).equals(data.vocabulary())) {
          throw new IllegalStateException("the corpus " + corpus + " no longer has the vocabulary of the checkpoint");
        }
      }
      ModelFactory factory = Models.named(model);
      Budget b;
      if (budget.given()) {
        b = budget.budget();
      } else if (data.corpus() != null) {
        b = Budget.steps(BatchSource.stepsPerEpoch(data.corpus().train().length, window, batch));
      } else {
        b = Budget.steps(1000);
      }
      if (b.spent(from.step(), from.tokens(), from.wallSeconds())) {
        throw new IllegalArgumentException("the budget (" + b + ") is already spent by the resumed run (" + from.step()
            + " steps, " + from.tokens() + " tokens, " + String.format(Locale.ROOT, "%.1f", from.wallSeconds())
            + " s); give a larger one");
      }
      if (out == null) {
        out = defaultOut("train");
      }
      RunOutput run = RunOutput.create(out);
      if (trainExamples < 0) {
        throw new IllegalArgumentException("--train-examples=" + trainExamples + " must be ≥ 0");
      }
      BatchSource source = data.task() != null
          ? (trainExamples > 0 ? BatchSource.ofFixed(data.task(), trainExamples, batch, seed)
              : BatchSource.of(data.task(), batch, seed))
          : BatchSource.ofStream(data.corpus().train(), data.vocabularySize(), window, batch);
      List<Example> heldOut = data.heldOut(evalExamples, window, seed);
      Map<String, Object> meta = new LinkedHashMap<>();
      meta.put("model", model);
      meta.put("options", opts);
      meta.put("seed", seed);
      meta.put("batch", batch);
      meta.put("window", window);
      meta.put("trainExamples", trainExamples);
      meta.putAll(data.meta());
      String bits = data.corpus() != null ? "bpc" : "bits";
      try (LanguageModel m = loaded != null ? factory.load(loaded.modelDirectory())
          : factory.create(data.vocabularySize(), opts, seed)) {
        Trainer.Config cfg = new Trainer.Config(b, 10, data.corpus() != null ? 2.5 * Metrics.LN2 : Double.NaN,
            out.resolve("checkpoint"), checkpointEvery, !noProgress && !json && Progress.interactive(),
            m.name() + " " + data.describe(), bits);
        Trainer.State st = Trainer.train(m, source, heldOut, cfg, from, meta);
        Evaluation ev = Evaluator.evaluate(m, heldOut);
        Map<String, Object> result = result(m, data, st, ev);
        List<List<?>> rows = new ArrayList<>();
        for (Trainer.Point p : st.curve()) {
          rows.add(List.of(p.step(), p.tokens(), p.seconds(), p.trainNats(), p.evalNats(), Metrics.bits(p.evalNats()),
              p.evalAccuracy()));
        }
        run.writeCsv("curve.csv", List.of("step", "tokens", "seconds", "trainNats", "evalNats", "evalBits", "evalAccuracy"), rows);
        run.writePng("curve.png", curveChart(m.name() + " on " + data.describe(), st, bits));
        run.writeJson("result.json", result);
        Map<String, Object> params = new LinkedHashMap<>(meta);
        params.remove("vocabulary");
        params.put("budget", b.toString());
        params.put("resumedFrom", resume == null ? null : resume.toString());
        run.writeManifest("lm train", params, seed, Map.of("checkpoint", "checkpoint/"));
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
          result.put("outDir", out.toString());
          w.println(Json.compact(result));
        } else {
          boolean oneEpoch = st.step() >= Trainer.stepLimit(m, source)
              && !b.spent(st.step(), st.tokens(), st.wallSeconds());
          w.println(Text.fit(String.format(Locale.ROOT, "%s on %s: %,d steps, %,d tokens, %.1f s training (%,.0f tokens/s)%s",
              m.name(), data.describe(), st.step(), st.tokens(), st.seconds(), st.tokensPerSecond(),
              oneEpoch ? "; stopped after one epoch (its counts are exact after one pass)" : "")));
          w.println(Text.fit(String.format(Locale.ROOT, "held-out: %.4f %s, accuracy %.4f over %,d scored positions; "
              + "%,d parameters", ev.bits(), bits, ev.accuracy(), ev.scored(), m.parameters())));
          w.println(Text.fit("wrote " + String.join(", ", run.files()) + " and checkpoint/ to " + out));
        }
        w.flush();
      }
      return 0;
    }
  }

  static Map<String, Object> result(LanguageModel m, Data data, Trainer.State st, Evaluation ev) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("model", m.name());
    r.put("data", data.describe());
    r.put("steps", st.step());
    r.put("tokens", st.tokens());
    r.put("trainSeconds", st.seconds());
    r.put("trainTokensPerSecond", st.tokensPerSecond());
    r.put("timeToTargetSeconds", Double.isNaN(st.timeToTarget()) ? null : st.timeToTarget());
    r.put("heldOutNats", ev.nats());
    r.put("heldOutBits", ev.bits());
    r.put("accuracy", ev.accuracy());
    r.put("exampleAccuracy", ev.exampleAccuracy());
    r.put("exactMatch", ev.exactMatch());
    r.put("scoredPositions", ev.scored());
    r.put("parameters", m.parameters());
    r.put("nonEmbeddingParameters", m.nonEmbeddingParameters());
    r.put("stateSize", m.stateSize());
    return r;
  }

  static XYChart curveChart(String title, Trainer.State st, String bits) {
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle("training tokens")
        .yAxisTitle("held-out " + (bits.equals("bpc") ? "bits per character" : "bits per scored position")).build();
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    double[] x = new double[Math.max(1, st.curve().size())];
    double[] y = new double[x.length];
    for (int i = 0; i < st.curve().size(); i++) {
      x[i] = st.curve().get(i).tokens();
      y[i] = Metrics.bits(st.curve().get(i).evalNats());
    }
    chart.addSeries("held-out", x, y);
    return chart;
  }

  /** Loads the model of a run directory (or a checkpoint directory). */
  record LoadedRun(Checkpoint.Loaded checkpoint, LanguageModel model) {
    static LoadedRun of(Path dir) throws IOException {
      Path ck = java.nio.file.Files.isDirectory(dir.resolve("checkpoint")) ? dir.resolve("checkpoint") : dir;
      if (!java.nio.file.Files.isRegularFile(ck.resolve(Checkpoint.STATE))) {
        throw new IllegalArgumentException("RUN=" + dir + " is not a run directory of 'lm train' (no checkpoint/"
            + Checkpoint.STATE + ")");
      }
      Checkpoint.Loaded l = Checkpoint.load(ck);
      String kind = (String) l.meta().get("model");
      if (kind == null) {
        throw new IllegalArgumentException("checkpoint " + ck + " does not name its model kind");
      }
      return new LoadedRun(l, Models.named(kind).load(l.modelDirectory()));
    }

    Vocabulary vocabulary() {
      @SuppressWarnings("unchecked")
      List<String> v = (List<String>) checkpoint.meta().get("vocabulary");
      return v == null ? null : Vocabulary.ofStrings(v);
    }
  }

  @Command(name = "eval", sortOptions = false,
      description = "Evaluate a trained model (a run directory of 'lm train') on its held-out data, or on "
          + "another task or corpus; writes result.json and manifest.json.")
  static final class Eval implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run directory of 'lm train'.")
    Path runDir;

    @Option(names = "--task", paramLabel = "SPEC", description = "Evaluate on this task instead (same vocabulary).")
    String task;

    @Option(names = "--corpus", paramLabel = "NAME|FILE", description = "Evaluate on this corpus's held-out tenth instead.")
    String corpus;

    @Option(names = "--examples", paramLabel = "N", description = "Task examples, or corpus windows (0 = all) (default: ${DEFAULT-VALUE}).")
    int examples = 1000;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/lm-eval-TIME).")
    Path out;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      if (examples < 0) {
        throw new IllegalArgumentException("--examples=" + examples + " must be ≥ 0");
      }
      LoadedRun lr = LoadedRun.of(runDir);
      Map<String, Object> meta = lr.checkpoint().meta();
      String t = task != null ? task : corpus != null ? null : (String) meta.get("task");
      String c = task != null ? null : corpus != null ? corpus : (String) meta.get("corpus");
      Data data = Data.of(t, c);
      long seed = ((Number) meta.getOrDefault("seed", 1)).longValue();
      int window = ((Number) meta.getOrDefault("window", 256)).intValue();
      try (LanguageModel m = lr.model()) {
        List<Example> held;
        if (data.corpus() != null) {
          Vocabulary v = lr.vocabulary();
          if (v == null) {
            throw new IllegalArgumentException("the model of " + runDir + " was trained on a task, not a corpus");
          }
          List<Example> w = CharCorpus.windows(v.encode(data.corpus().testText()), window);
          held = examples > 0 && examples < w.size() ? w.subList(0, examples) : w;
        } else {
          if (data.vocabularySize() != m.vocabularySize()) {
            throw new IllegalArgumentException("task " + t + " has " + data.vocabularySize()
                + " tokens but the model has " + m.vocabularySize());
          }
          held = data.task().testTask().samples(seed + 1, Math.max(1, examples));
        }
        long t0 = System.nanoTime();
        Evaluation ev = Evaluator.evaluate(m, held);
        double s = (System.nanoTime() - t0) / 1e9;
        long positions = held.stream().mapToLong(Example::length).sum();
        Map<String, Object> r = result(m, data, lr.checkpoint().state(), ev);
        r.put("inferTokensPerSecond", positions / s);
        if (out == null) {
          out = defaultOut("eval");
        }
        RunOutput run = RunOutput.create(out);
        run.writeJson("result.json", r);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", runDir.toString());
        params.put("data", data.describe());
        params.put("examples", examples);
        run.writeManifest("lm eval", params, seed, Map.of());
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
          r.put("outDir", out.toString());
          w.println(Json.compact(r));
        } else {
          w.println(Text.fit(String.format(Locale.ROOT, "%s on %s: %.4f %s, accuracy %.4f, example accuracy %.4f, "
                  + "exact match %.4f over %,d scored positions (%,.0f tokens/s)", m.name(), data.describe(), ev.bits(),
              data.corpus() != null ? "bpc" : "bits", ev.accuracy(), ev.exampleAccuracy(), ev.exactMatch(), ev.scored(),
              positions / s)));
          w.println(Text.fit("wrote " + String.join(", ", run.files()) + " to " + out));
        }
        w.flush();
      }
      return 0;
    }
  }

  @Command(name = "generate", sortOptions = false,
      description = "Sample text from a model trained on a corpus, after a prompt.")
  static final class Generate implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run directory of 'lm train' on a corpus.")
    Path runDir;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "The prompt (default: \"${DEFAULT-VALUE}\").")
    String prompt = "Call me ";

    @Option(names = "--length", paramLabel = "N", description = "Characters to generate (default: ${DEFAULT-VALUE}).")
    int length = 300;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature, 0 = greedy (default: ${DEFAULT-VALUE}).")
    double temperature = 0.8;

    @Option(names = "--context", paramLabel = "N", description = "Characters of context read (default: the training window).")
    Integer context;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/lm-generate-TIME).")
    Path out;

    @Override
    public Integer call() throws IOException {
      if (length < 1) {
        throw new IllegalArgumentException("--length=" + length + " must be ≥ 1");
      }
      LoadedRun lr = LoadedRun.of(runDir);
      Vocabulary v = lr.vocabulary();
      if (v == null) {
        throw new IllegalArgumentException("the model of " + runDir + " was trained on a task; generate needs a corpus model");
      }
      int ctx = context != null ? context : ((Number) lr.checkpoint().meta().getOrDefault("window", 256)).intValue();
      try (LanguageModel m = lr.model()) {
        int[] gen = Generator.generate(m, v.encode(prompt), length, temperature, ctx, seed);
        String text = v.decode(gen);
        if (out == null) {
          out = defaultOut("generate");
        }
        RunOutput run = RunOutput.create(out);
        run.writeString("sample.txt", prompt + text + "\n");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("run", runDir.toString());
        params.put("prompt", prompt);
        params.put("length", length);
        params.put("temperature", temperature);
        params.put("context", ctx);
        run.writeManifest("lm generate", params, seed, Map.of("model", m.name()));
        PrintWriter w = spec.commandLine().getOut();
        w.println(prompt + text);
        w.flush();
      }
      return 0;
    }
  }

  @Command(name = "scorecard", sortOptions = false,
      description = "Every registered model (each of its variants) on every task and the corpus under one budget: "
          + "scorecard.md and scorecard.json (quality, parameters, throughput, time to target, cost vs length, "
          + "state size, data efficiency, length generalisation, the nine must-haves), rows.csv, curves.png, "
          + "cost.png and manifest.json. Default budget: --seconds 10 per model and task.")
  static final class ScorecardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "KIND", description = "Only these model kinds (repeatable; default: all registered).")
    List<String> models = new ArrayList<>();

    @Option(names = "--task", paramLabel = "SPEC", description = "Tasks (repeatable; default: "
        + "copy:blanks=100, string-copy, selective-copy:length=256, ar, mqar:pairs=4,length=64, "
        + "mqar-stacked:pairs=4,length=64, induction). 'none' for the corpus only.")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "NAME|FILE", description = "Character corpus (default: ${DEFAULT-VALUE}).")
    String corpus = CharCorpus.MOBY_DICK;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    BudgetOptions budget = new BudgetOptions();

    @Option(names = "--batch", paramLabel = "B", description = "Examples per step (default: ${DEFAULT-VALUE}).")
    int batch = 16;

    @Option(names = "--window", paramLabel = "W", description = "Characters per corpus example (default: ${DEFAULT-VALUE}).")
    int window = 256;

    @Option(names = "--eval-examples", paramLabel = "N", description = "Held-out examples per task (default: ${DEFAULT-VALUE}).")
    int evalExamples = 200;

    @Option(names = "--max-length", paramLabel = "L", description = "Longest length of the cost curve, from 256 by doubling (default: ${DEFAULT-VALUE}).")
    int maxLength = 65536;

    @Option(names = "--length-cap", paramLabel = "S", description = "Seconds allowed per length (default: ${DEFAULT-VALUE}).")
    double lengthCap = 30;

    @Option(names = "--target-bpc", paramLabel = "BPC", description = "Corpus loss whose first crossing is timed (default: ${DEFAULT-VALUE}).")
    double targetBpc = 2.5;

    @Option(names = "--train-examples", paramLabel = "N", description = "Each task's fixed training set size, "
        + "cycled (e.g. 100000 as Zoology; default: a fresh example every time).")
    long trainExamples;

    @Option(names = "--mqar-sweep", paramLabel = "KEY=V1,V2,...", description = "On MQAR, train each value of one "
        + "model option and keep the best (Zoology: the best of four learning rates, e.g. lr=1e-4,3e-4,1e-3,3e-3).")
    String mqarSweep;

    @Option(names = "--seed", paramLabel = "SEED", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory (default: runs/lm-scorecard-TIME).")
    Path out;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws IOException {
      if (maxLength < 256) {
        throw new IllegalArgumentException("--max-length=" + maxLength + " must be ≥ 256");
      }
      List<Integer> lengths = new ArrayList<>();
      for (int L : CostCurve.LENGTHS) {
        if (L <= maxLength) {
          lengths.add(L);
        }
      }
      List<String> t = tasks.isEmpty() ? Scorecard.DEFAULT_TASKS : tasks.equals(List.of("none")) ? List.of() : tasks;
      for (String s : t) {
        Scorecard.parseTask(s); // validate before the long run
      }
      List<Scorecard.Entry> entries = new ArrayList<>();
      for (Scorecard.Entry e : Scorecard.Entry.registered()) {
        if (models.isEmpty() || models.contains(e.factory().name())) {
          entries.add(e);
        }
      }
      for (String m : models) {
        Models.named(m);
      }
      Budget b = budget.given() ? budget.budget() : new Budget(0, 0, 10);
      Map<String, List<String>> sweep = Map.of();
      if (mqarSweep != null) {
        int eq = mqarSweep.indexOf('=');
        if (eq <= 0 || eq == mqarSweep.length() - 1) {
          throw new IllegalArgumentException("--mqar-sweep=" + mqarSweep + " must be KEY=V1,V2,...");
        }
        sweep = Map.of(mqarSweep.substring(0, eq), List.of(mqarSweep.substring(eq + 1).split(",")));
      }
      Scorecard.Config cfg = new Scorecard.Config(t, corpus, b, batch, window, evalExamples, lengths, lengthCap,
          targetBpc, seed, !noProgress && Progress.interactive(), trainExamples, sweep);
      if (out == null) {
        out = defaultOut("scorecard");
      }
      RunOutput run = RunOutput.create(out);
      PrintWriter w = spec.commandLine().getOut();
      long t0 = System.nanoTime();
      Scorecard.Result r = Scorecard.run(cfg, entries, w);
      Scorecard.write(r, run);
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("models", entries.stream().map(e -> e.factory().name() + e.options()).toList());
      params.put("tasks", t);
      params.put("corpus", corpus);
      params.put("budget", b.toString());
      params.put("batch", batch);
      params.put("window", window);
      params.put("evalExamples", evalExamples);
      params.put("lengths", lengths);
      params.put("lengthCapSeconds", lengthCap);
      params.put("targetBpc", targetBpc);
      params.put("trainExamples", trainExamples);
      params.put("mqarSweep", mqarSweep);
      run.writeManifest("lm scorecard", params, seed, Map.of("wallSeconds", (System.nanoTime() - t0) / 1e9));
      w.println(Text.fit("wrote " + String.join(", ", run.files()) + " to " + out));
      w.flush();
      return 0;
    }
  }
}
