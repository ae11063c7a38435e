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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference workloads (spec core.md §5 and issue 2): projection of a stimulus into an area,
 * p = 0.01, β = 0.05, 50 rounds, from a fresh brain each time.
 *
 * <pre>./mvnw -q -DskipTests package -pl benchmarks -am && java -jar benchmarks/target/benchmarks.jar</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class ProjectionBenchmark {

  @Param({"100000:317", "1000000:1000", "10000000:3162"})
  public String nk;

  private long seed;

  @Benchmark
  public int project50() {
    String[] parts = nk.split(":");
    int n = Integer.parseInt(parts[0]);
    int k = Integer.parseInt(parts[1]);
    Brain b = Brain.builder(0.01).seed(seed++).build();
    b.addStimulus("stim", k).addArea("A", n, k, 0.05);
    b.project(Projection.builder().stimulus("stim", "A").build());
    b.project(Projection.builder().stimulus("stim", "A").area("A", "A").build(), 49);
    return b.support("A");
  }
}
