package org.assemblies.lm.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.assemblies.lm.Example;
import org.assemblies.lm.LanguageModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssemblyLanguageModelTest {

  /** Small areas so every test runs in well under a second. */
  private static final Map<String, String> SMALL = Map.of("tokenNeurons", "128", "tokenCap", "8",
      "neurons", "256", "cap", "16", "p", "0.1", "window", "4", "chunk", "7");

  private static Map<String, String> small(String... kv) {
    Map<String, String> o = new HashMap<>(SMALL);
    for (String s : kv) {
      String[] p = s.split("=", 2);
      o.put(p[0], p[1]);
    }
    return o;
  }

  private static int[] randomTokens(long seed, int len, int vocabulary) {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    int[] x = new int[len];
    for (int i = 0; i < len; i++) {
      x[i] = rng.nextInt(vocabulary);
    }
    return x;
  }

  /** The chunked one-pass states equal the per-token recurrent loop, for several designs. */
  @ParameterizedTest
  @ValueSource(strings = {"", "memoryKey=local", "memoryDecay=0.9", "globalDecay=0.5 chunk=1",
      "chunk=64 tokens=hashed", "chunk=3 memoryKey=local memoryDecay=0.95 localDecay=1.0"})
  void onePassStatesEqualTheNaivePerTokenLoop(String options) {
    Map<String, String> o = options.isEmpty() ? small() : small(options.split(" "));
    AssemblyLanguageModel m = new AssemblyModelFactory().create(12, o, 5);
    int[] x = randomTokens(9, 150, 12); // 150 positions: many chunks and a partial last one
    AssemblyEncoder.States fast = m.states(x);
    AssemblyEncoder.States slow = NaiveAssemblyLoop.run(new AssemblyEncoder(m.config(), 12, 5), x);
    assertThat(NaiveAssemblyLoop.differences(fast, slow)).isEmpty();
    // the states are not trivially empty: the caps are full after the first positions
    assertThat(fast.local()[149]).hasSize(16);
    assertThat(fast.global()[149]).hasSize(8);
    assertThat(fast.memory()[149]).hasSize(8);
  }

  /** Binding is key→value: reading "a b" makes a recall b, never b recall a. */
  @Test
  void memoryIsAsymmetricAndOrderSensitive() {
    AssemblyLanguageModel m = new AssemblyModelFactory().create(10, small("readout=overlap"), 3);
    int a = 1;
    int b = 2;
    int[] ab = {a, b, 5, a};
    int[] ba = {b, a, 5, b};
    float[][] lpAb = m.logProbabilities(ab);
    float[][] lpBa = m.logProbabilities(ba);
    // after "a b ... a" the memory recalls b from a
    assertThat(argmax(lpAb[3])).isEqualTo(b);
    // after "a b ... b" (b was never a key followed by a) nothing recalls a
    int[] abb = {a, b, 5, b};
    assertThat(argmax(m.logProbabilities(abb)[3])).isNotEqualTo(a);
    // order: "b a ... b" recalls a, the mirror image of "a b ... a"
    assertThat(argmax(lpBa[3])).isEqualTo(a);
    // and the states of "the cat" and "cat the" differ in the local area
    AssemblyEncoder.States s1 = m.states(new int[] {3, 4});
    AssemblyEncoder.States s2 = m.states(new int[] {4, 3});
    assertThat(s1.local()[1]).isNotEqualTo(s2.local()[1]);
  }

  private static int argmax(float[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Associative recall (vocabulary 20, 8 pairs): the trained readout learns to read the memory and
   * the overlap readout needs no training. Chance is 0.1; with distinct key assemblies recall is
   * exact, so both are near 1 (bound 0.8 leaves room for a few collisions between assemblies).
   */
  @Test
  void associativeRecallIsFarAboveChance() {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(11);
    List<Example> train = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      train.add(AssemblyLmBench.associativeRecall(rng, 8));
    }
    List<Example> test = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      test.add(AssemblyLmBench.associativeRecall(rng, 8));
    }
    AssemblyLanguageModel linear = new AssemblyModelFactory().create(20, small("lr=0.05"), 1);
    for (int ep = 0; ep < 2; ep++) {
      for (int i = 0; i < train.size(); i += 20) {
        linear.trainStep(train.subList(i, i + 20));
      }
    }
    assertThat(AssemblyLmBench.accuracy(linear, test)).isGreaterThan(0.8);
    AssemblyLanguageModel overlap = new AssemblyModelFactory().create(20,
        small("readout=overlap"), 1);
    assertThat(AssemblyLmBench.accuracy(overlap, test)).isGreaterThan(0.8);
    // without the memory the same readout stays near chance (the value is not in the local window)
    AssemblyLanguageModel none = new AssemblyModelFactory().create(20,
        small("memory=false", "lr=0.05"), 1);
    for (int ep = 0; ep < 2; ep++) {
      for (int i = 0; i < train.size(); i += 20) {
        none.trainStep(train.subList(i, i + 20));
      }
    }
    assertThat(AssemblyLmBench.accuracy(none, test)).isLessThan(0.5);
  }

  private static final String TEXT = "the cat sat on the mat. the dog sat on the log. "
      + "a cat and a dog met on the mat by the log; the cat ran and the dog sat. ";

  /** Training lowers the held-out loss of a tiny text below the unigram model's. */
  @Test
  void trainingBeatsTheUnigramModelOnATinyText() {
    String text = TEXT.repeat(8);
    int[] ids = text.chars().map(ch -> ch == ' ' ? 0 : ch == '.' ? 1 : ch == ';' ? 2
        : ch - 'a' + 3).toArray();
    int vocab = 29;
    int split = ids.length * 3 / 4;
    AssemblyLanguageModel m = new AssemblyModelFactory().create(vocab, small(), 2);
    double before = AssemblyLmBench.bitsPerChar(m, ids, split, ids.length, 64);
    assertThat(before).isCloseTo(Math.log(vocab) / Math.log(2), org.assertj.core.data.Offset.offset(1e-6));
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(4);
    for (int s = 0; s < 60; s++) {
      List<Example> b = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        b.add(AssemblyLmBench.window(ids, 0, split, 48, rng));
      }
      m.trainStep(b);
    }
    double after = AssemblyLmBench.bitsPerChar(m, ids, split, ids.length, 64);
    double unigram = AssemblyLmBench.unigramBpc(ids, vocab, split, ids.length);
    // the text repeats, so a context model goes far below unigram (≈ 3.9 bits)
    assertThat(after).isLessThan(unigram - 1.0);
  }

  @Test
  void checkpointRoundTripGivesTheSameModel(@TempDir Path dir) throws Exception {
    AssemblyModelFactory f = new AssemblyModelFactory();
    AssemblyLanguageModel m = f.create(12, small("tokens=hashed"), 8);
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1);
    List<Example> batch = List.of(new Example(randomTokens(1, 30, 12), randomTokens(2, 30, 12)));
    m.trainStep(batch);
    m.trainStep(batch);
    m.save(dir);
    assertThat(Files.list(dir)).containsExactly(dir.resolve(AssemblyLanguageModel.FILE));
    LanguageModel back = f.load(dir);
    int[] x = randomTokens(rng.nextLong(), 40, 12);
    assertThat(back.logProbabilities(x)).isDeepEqualTo(m.logProbabilities(x));
    assertThat(back.name()).isEqualTo(m.name());
    assertThat(back.parameters()).isEqualTo(m.parameters());
    // resuming: one more step from either gives identical models (optimiser state saved)
    assertThat(back.trainStep(batch)).isEqualTo(m.trainStep(batch));
    assertThat(back.logProbabilities(x)).isDeepEqualTo(m.logProbabilities(x));
  }

  @Test
  void sameSeedSameModelOtherSeedOtherAssemblies() {
    AssemblyModelFactory f = new AssemblyModelFactory();
    List<Example> batch = List.of(new Example(randomTokens(3, 50, 12), randomTokens(4, 50, 12)));
    int[] x = randomTokens(5, 40, 12);
    AssemblyLanguageModel a = f.create(12, small(), 21);
    AssemblyLanguageModel b = f.create(12, small(), 21);
    AssemblyLanguageModel c = f.create(12, small(), 22);
    for (AssemblyLanguageModel m : List.of(a, b, c)) {
      m.trainStep(batch);
    }
    assertThat(a.logProbabilities(x)).isDeepEqualTo(b.logProbabilities(x));
    assertThat(a.states(x).token()).isNotEqualTo(c.states(x).token());
  }

  @Test
  void parametersAreTheReadoutOnlyAndStateIsConstant() {
    AssemblyModelFactory f = new AssemblyModelFactory();
    AssemblyLanguageModel m = f.create(12, small(), 1);
    // features: token 128 + local 256 + global 128 + memory 128 = 640, times 12, plus 12 biases
    assertThat(m.parameters()).isEqualTo(640L * 12 + 12);
    assertThat(m.nonEmbeddingParameters()).isEqualTo(m.parameters());
    assertThat(f.create(12, small("readout=overlap"), 1).parameters()).isZero();
    // window 4 + global 128 + memory 128 x 128 + the last query's 8 neurons
    assertThat(m.stateSize()).isEqualTo(4 + 128 + 128L * 128 + 8);
  }

  @Test
  void badOptionsNameTheKeyAndTheValidRange() {
    AssemblyModelFactory f = new AssemblyModelFactory();
    assertThatThrownBy(() -> f.create(10, Map.of("windw", "3"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windw").hasMessageContaining("window");
    assertThatThrownBy(() -> f.create(10, Map.of("cap", "50000"), 1))
        .hasMessageContaining("cap = 50000").hasMessageContaining("[1, 16383]");
    assertThatThrownBy(() -> f.create(10, Map.of("readout", "mlp"), 1))
        .hasMessageContaining("readout").hasMessageContaining("overlap");
    assertThatThrownBy(() -> f.create(10, Map.of("localDecay", "1.5"), 1))
        .hasMessageContaining("localDecay = 1.5").hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> f.create(10, Map.of("window", "x"), 1))
        .hasMessageContaining("window = 'x'");
    assertThatThrownBy(() -> f.create(10, Map.of("readout", "overlap", "memory", "false"), 1))
        .hasMessageContaining("memory");
    assertThatThrownBy(() -> f.create(1, Map.of(), 1)).hasMessageContaining("vocabularySize = 1");
    assertThatThrownBy(() -> f.create(10, SMALL, 1).logProbabilities(new int[] {3, 10}))
        .hasMessageContaining("tokens[1] = 10");
  }

  @Test
  void configRoundTripsThroughItsOptions() {
    AssemblyConfig c = AssemblyConfig.of(small("memoryKey=local", "optimizer=sgd"));
    assertThat(AssemblyConfig.of(c.toOptions())).isEqualTo(c);
    assertThat(AssemblyConfig.defaultConfig().variant()).isEmpty();
    assertThat(AssemblyConfig.of(Map.of("window", "6")).variant()).isEqualTo("window=6");
  }
}
