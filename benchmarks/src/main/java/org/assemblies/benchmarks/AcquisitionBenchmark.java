package org.assemblies.benchmarks;

import java.util.concurrent.TimeUnit;
import org.assemblies.language.acquisition.WordLearner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Word acquisition (spec language.md §2): one run of the reference's {@code
 * train_experiment_randomized} per invocation — random sentences, every word tested after each,
 * until every word reads out — at the spec's setting (2 nouns, 2 verbs, n = 10⁵, k = 50, p = 0.05,
 * β = 0.06), a new seed each time. The Python reference takes ≈31 s per run (spec).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class AcquisitionBenchmark {
  private final WordLearner.Config config = WordLearner.Config.defaults();
  private long seed;

  @Benchmark
  public int untilEveryWordReadsOut() {
    WordLearner l = WordLearner.of(config, seed++);
    do {
      l.hearRandomSentence();
    } while (l.heard() < 2 || (!l.allRecovered() && l.heard() < 500));
    return l.heard();
  }
}
