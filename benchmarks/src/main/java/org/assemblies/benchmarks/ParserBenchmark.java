package org.assemblies.benchmarks;

import java.util.concurrent.TimeUnit;
import org.assemblies.language.Language;
import org.assemblies.language.Parser;
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
 * The assembly parser (spec language.md §1): one sentence per invocation, a fresh brain each time
 * (the spec's target: ≤ 20 ms per sentence; the Python reference takes about 5 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class ParserBenchmark {
  private final Parser english = Parser.of(Language.ENGLISH);
  private final Parser russian = Parser.of(Language.RUSSIAN);
  private long seed;

  @Benchmark
  public int englishSixWords() {
    return english.parse("the big dogs chase bad cats", seed++).dependencies().size();
  }

  @Benchmark
  public int englishPrepositionalPhrase() {
    return english.parse("the dogs of the man bite people", seed++).dependencies().size();
  }

  @Benchmark
  public int russianDitransitive() {
    return russian.parse("kot dayet sobakie sobaku", seed++).dependencies().size();
  }
}
