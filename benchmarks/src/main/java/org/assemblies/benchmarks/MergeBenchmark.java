package org.assemblies.benchmarks;

import java.util.concurrent.TimeUnit;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Merge at n = 1e5, k = 317, p = 0.01, β = 0.05 (the reference's merge_sim, 50 rounds). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class MergeBenchmark {
  private long seed;

  @Benchmark
  public int merge100k() {
    Brain b = Brain.builder(0.01).seed(seed++).build();
    b.addStimulus("sA", 317).addStimulus("sB", 317);
    b.addArea("A", 100_000, 317, 0.05).addArea("B", 100_000, 317, 0.05).addArea("C", 100_000, 317, 0.05);
    b.project(Projection.builder().stimulus("sA", "A").stimulus("sB", "B").build());
    b.project(Projection.builder().stimulus("sA", "A").stimulus("sB", "B").area("A", "A", "C").area("B", "B", "C").build());
    b.project(Projection.builder().stimulus("sA", "A").stimulus("sB", "B").area("A", "A", "C").area("B", "B", "C")
        .area("C", "C", "A", "B").build(), 49);
    return b.support("C");
  }
}
