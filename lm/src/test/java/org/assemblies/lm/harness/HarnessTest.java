package org.assemblies.lm.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assemblies.experiments.io.RunOutput;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;
import org.assemblies.lm.baselines.NGramFactory;
import org.assemblies.lm.baselines.NGramModel;
import org.assemblies.lm.data.CharCorpus;
import org.assemblies.lm.metrics.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessTest {
  private static final String TEXT = CharCorpus.mobyDick().trainText().substring(0, 60_000);

  @Test
  void checkpointRoundTripAndResumeEqualAnUninterruptedRun(@TempDir Path dir) throws Exception {
    CharCorpus c = CharCorpus.of("md", TEXT);
    int v = c.vocabulary().size();
    BatchSource src = BatchSource.ofStream(c.train(), v, 64, 4);
    List<Example> held = CharCorpus.windows(c.test(), 64).subList(0, 20);
    NGramModel whole = new NGramModel(3, v);
    Trainer.State all = Trainer.train(whole, src, held, Trainer.Config.of(Budget.steps(40)), Trainer.State.start(), Map.of());
    assertThat(all.step()).isEqualTo(40);
    assertThat(all.tokens()).isEqualTo(40 * 4 * 64);
    assertThat(all.curve()).hasSize(10);

    Path ck = dir.resolve("ck");
    NGramModel first = new NGramModel(3, v);
    Trainer.Config half = new Trainer.Config(Budget.steps(20), 10, Double.NaN, ck, 5, false, "t", "bpc");
    Trainer.train(first, src, held, half, Trainer.State.start(), Map.of("model", "ngram"));
    Checkpoint.Loaded back = Checkpoint.load(ck);
    assertThat(back.state().step()).isEqualTo(20);
    assertThat(back.meta()).containsEntry("model", "ngram");
    assertThat(back.state().curve()).hasSize(10);
    try (var stray = Files.list(dir)) {
      assertThat(stray.map(p -> p.getFileName().toString())).containsExactly("ck");
    }
    LanguageModel resumed = new NGramFactory().load(back.modelDirectory());
    Trainer.State rest = Trainer.train(resumed, src, held,
        new Trainer.Config(Budget.steps(40), 10, Double.NaN, ck, 0, false, "t", "bpc"), back.state(), Map.of());
    assertThat(rest.step()).isEqualTo(40);
    assertThat(rest.tokens()).isEqualTo(all.tokens());
    // the resumed run adds the points of the second half of the larger budget
    assertThat(rest.curve()).hasSize(15);
    int[] probe = held.get(0).tokens();
    assertThat(resumed.logProbabilities(probe)).isDeepEqualTo(whole.logProbabilities(probe));
    assertThat(Checkpoint.load(ck).state().step()).isEqualTo(40);
  }

  @Test
  void endToEndTheTrigramBeatsTheUnigram() {
    CharCorpus c = CharCorpus.of("md", TEXT);
    int v = c.vocabulary().size();
    List<Example> held = CharCorpus.windows(c.test(), 128);
    double[] bpc = new double[2];
    int i = 0;
    for (int order : new int[] {1, 3}) {
      NGramModel m = new NGramModel(order, v);
      BatchSource src = BatchSource.ofStream(c.train(), v, 128, 8);
      Trainer.State s = Trainer.train(m, src, held, Trainer.Config.of(new Budget(0, 100_000, 0)),
          Trainer.State.start(), Map.of());
      // ≈ 54 000 training characters: the counts are exact after one epoch, so it stops there
      assertThat(src.epochSteps()).isEqualTo(BatchSource.stepsPerEpoch(c.train().length, 128, 8));
      assertThat(s.step()).isEqualTo(src.epochSteps());
      assertThat(s.tokens()).isEqualTo(src.epochSteps() * 8 * 128).isLessThan(100_000);
      assertThat(s.curve().get(s.curve().size() - 1).step()).as("evaluated at the stop").isEqualTo(s.step());
      bpc[i++] = Evaluator.evaluate(m, held).bits();
    }
    // unigram ≈ 4.4 on English text; a trigram on 100k characters is well below (≈ 3)
    assertThat(bpc[0]).isBetween(4.0, 4.8);
    assertThat(bpc[1]).isLessThan(bpc[0] - 0.8);
  }

  @Test
  void costCurveMeasuresAndRecordsWhyItSkips() {
    NGramModel m = new NGramModel(2, 5);
    m.trainStep(List.of(new Example(new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4})));
    List<CostCurve.Cost> costs = CostCurve.measure(m, List.of(256, 512), 30, 1);
    assertThat(costs).allSatisfy(cc -> assertThat(cc.measured()).isTrue());
    assertThat(costs.get(1).seconds()).isPositive();
    // a model with a hard maximum length of 300 tokens
    LanguageModel capped = new Capped(m, 300);
    List<CostCurve.Cost> c2 = CostCurve.measure(capped, List.of(256, 512, 1024), 30, 1);
    assertThat(c2.get(0).measured()).isTrue();
    assertThat(c2.get(1).skipped()).contains("max 300");
    assertThat(c2.get(2).skipped()).contains("max 300");
    assertThat(CostCurve.longest(c2)).isEqualTo(256);
  }

  /** A model with a hard maximum length. */
  record Capped(NGramModel m, int max) implements LanguageModel {
    @Override
    public String name() {
      return "capped";
    }

    @Override
    public int vocabularySize() {
      return m.vocabularySize();
    }

    @Override
    public double trainStep(List<Example> batch) {
      return m.trainStep(batch);
    }

    @Override
    public float[][] logProbabilities(int[] tokens) {
      if (tokens.length > max) {
        throw new IllegalArgumentException("length " + tokens.length + " > max " + max);
      }
      return m.logProbabilities(tokens);
    }

    @Override
    public long parameters() {
      return m.parameters();
    }

    @Override
    public long nonEmbeddingParameters() {
      return m.nonEmbeddingParameters();
    }

    @Override
    public long stateSize() {
      return m.stateSize();
    }

    @Override
    public void save(Path directory) throws java.io.IOException {
      m.save(directory);
    }
  }

  @Test
  void scorecardWritesTablesAndPlots(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("small.txt");
    Files.writeString(corpus, TEXT.substring(0, 20_000));
    Scorecard.Config cfg = new Scorecard.Config(List.of("ar", "copy:blanks=20"), corpus.toString(),
        Budget.steps(20), 4, 64, 20, List.of(256, 512), 10, 2.5, 1, false, 0, Map.of());
    List<Scorecard.Entry> entries = List.of(new Scorecard.Entry(new NGramFactory(), Map.of("order", "1")),
        new Scorecard.Entry(new NGramFactory(), Map.of("order", "3")));
    Scorecard.Result r = Scorecard.run(cfg, entries, null);
    assertThat(r.rows()).hasSize(6);
    assertThat(r.models()).hasSize(2);
    RunOutput out = RunOutput.create(dir.resolve("run"));
    Scorecard.write(r, out);
    assertThat(out.files()).contains("scorecard.md", "scorecard.json", "rows.csv", "curves.png", "cost.png");
    String md = Files.readString(dir.resolve("run/scorecard.md"));
    assertThat(md).contains("| 3-gram |", "## The nine must-haves", "gzip -9", "1 sub-quadratic");
    double uni = r.rows().stream().filter(x -> x.task().equals("corpus") && x.model().equals("1-gram")).findFirst().orElseThrow().score();
    double tri = r.rows().stream().filter(x -> x.task().equals("corpus") && x.model().equals("3-gram")).findFirst().orElseThrow().score();
    assertThat(tri).isLessThan(uni);
  }

  @Test
  void theExponentIsFittedToTheLongestLengths() {
    // linear, except a fixed cost at 1024 and a step at 4096: the last four points give b = 1
    List<CostCurve.Cost> c = new java.util.ArrayList<>();
    double[] secs = {0.5, 0.5, 0.5, 4, 8, 16, 32};
    int[] len = {256, 512, 1024, 4096, 8192, 16384, 32768};
    for (int i = 0; i < len.length; i++) {
      c.add(new CostCurve.Cost(len[i], secs[i], 0, 0, null));
    }
    c.add(new CostCurve.Cost(65536, Double.NaN, Double.NaN, Double.NaN, "predicted too long"));
    assertThat(CostCurve.exponent(c)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    // quadratic
    List<CostCurve.Cost> q = new java.util.ArrayList<>();
    for (int L = 1024; L <= 8192; L *= 2) {
      q.add(new CostCurve.Cost(L, 1e-9 * L * L, 0, 0, null));
    }
    assertThat(CostCurve.exponent(q)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(CostCurve.exponent(q.subList(0, 1))).isNaN();
  }

  @Test
  void aFixedTrainingSetCycles() {
    var task = org.assemblies.lm.tasks.AssociativeRecallTask.standard();
    BatchSource fixed = BatchSource.ofFixed(task, 10, 4, 3);
    // examples 0..3, 4..7, 8 9 0 1: step 2 wraps around to the first examples
    assertThat(fixed.batch(2).subList(2, 4)).isEqualTo(fixed.batch(0).subList(0, 2));
    assertThat(fixed.batch(0)).isEqualTo(BatchSource.ofFixed(task, 10, 4, 3).batch(0));
    assertThat(fixed.batch(1)).doesNotContainAnyElementsOf(fixed.batch(0));
    assertThat(fixed.epochSteps()).isEqualTo(3);
    assertThat(BatchSource.of(task, 4, 3).epochSteps()).as("fresh batches: no epochs").isZero();
    assertThatThrownBy(() -> BatchSource.ofFixed(task, 0, 4, 3)).hasMessageContaining("trainExamples=0");
  }

  @Test
  void theMqarSweepKeepsTheBestValue(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("small.txt");
    Files.writeString(corpus, TEXT.substring(0, 5_000));
    // sweeping the n-gram's order on MQAR: every order fails MQAR alike, so check the mechanics:
    // one row per model and task, the kept value named, and a model without the option runs once
    Scorecard.Config cfg = new Scorecard.Config(List.of("mqar:pairs=4,length=64,vocabulary=64"), corpus.toString(),
        Budget.steps(5), 4, 64, 20, List.of(256), 10, 2.5, 1, false, 0, Map.of("order", List.of("1", "2")));
    Scorecard.Result r = Scorecard.run(cfg, List.of(new Scorecard.Entry(new NGramFactory(), Map.of())), null);
    Scorecard.Row mq = r.rows().get(0);
    assertThat(mq.task()).isEqualTo("mqar-4-64");
    assertThat(mq.note()).matches("order=[12], best of 2");
    Scorecard.Config other = new Scorecard.Config(cfg.tasks(), cfg.corpus(), cfg.budget(), 4, 64, 20, List.of(256),
        10, 2.5, 1, false, 0, Map.of("lr", List.of("1e-3", "3e-3")));
    assertThat(Scorecard.run(other, List.of(new Scorecard.Entry(new NGramFactory(), Map.of())), null).rows().get(0).note())
        .isEmpty();
    // two entries whose models have the same name keep separate rows
    Scorecard.Config plain = new Scorecard.Config(List.of(), corpus.toString(), Budget.steps(2), 4, 64, 20, List.of(256),
        10, 2.5, 1, false, 0, Map.of());
    Scorecard.Result twice = Scorecard.run(plain, List.of(new Scorecard.Entry(new NGramFactory(), Map.of()),
        new Scorecard.Entry(new NGramFactory(), Map.of("order", "5"))), null);
    assertThat(twice.rows()).extracting(Scorecard.Row::model).containsExactly("5-gram", "5-gram {order=5}");
  }

  @Test
  void budgetsAreValidated() {
    assertThatThrownBy(() -> new Budget(0, 0, 0)).hasMessageContaining("needs steps, tokens or seconds");
    assertThatThrownBy(() -> new Budget(-1, 0, 0)).hasMessageContaining("steps=-1");
    assertThat(new Budget(10, 0, 0).spent(10, 0, 0)).isTrue();
    assertThat(new Budget(0, 100, 5).spent(3, 99, 4.9)).isFalse();
    assertThatThrownBy(() -> BatchSource.ofStream(new int[100], 3, 64, 4)).hasMessageContaining("window=64");
  }
}
