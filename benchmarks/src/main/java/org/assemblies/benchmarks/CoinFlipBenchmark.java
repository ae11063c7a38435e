package org.assemblies.benchmarks;

import java.util.concurrent.TimeUnit;
import org.assemblies.computation.sampling.CoinFlip;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One coin flip of the learned Markov chain (spec sequences.md §6) at the authors' sizes (n =
 * 10 000, k = 500, explicit areas): the noisy cap and the recurrent caps until they settle, for a
 * row of counts 112 : 50 : 32. At p = 1 every synapse row is full, which the engine adds without
 * indirection; the `coinflip-markov` run at p = 1 makes 30 000 of these per brain.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
public class CoinFlipBenchmark {
  @Param({"0.1", "1"})
  public double p;

  private CoinFlip flip;
  private long seed;

  @Setup
  public void setUp() {
    CoinFlip.Config a = CoinFlip.Config.authors();
    flip = CoinFlip.create(new CoinFlip.Config(a.n(), a.k(), a.contextN(), p, a.lambda(), a.beta(),
        p == 1 ? 16 : a.noise(), a.recurrence(), a.rounds(), a.winFraction()), 1, 3, 7);
    flip.observe(0, 0, 112);
    flip.observe(0, 1, 50);
    flip.observe(0, 2, 32);
  }

  @Benchmark
  public int flip() {
    return flip.sample(0, seed++).outcome();
  }
}
