package org.assemblies.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assemblies.core.Brain;
import org.assemblies.ops.Operations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
  @TempDir Path dir;

  /** A small sweep over beta: projection at n=1e4, k=100. */
  static final class Small implements Experiment<Small.P> {
    final AtomicInteger runs = new AtomicInteger();

    record P(int n, int k, double[] betas, int rounds) {
      P {
        if (rounds < 1) {
          throw new IllegalArgumentException("rounds=" + rounds + " must be ≥ 1");
        }
      }
    }

    public String name() {
      return "small";
    }

    public String title() {
      return "Small";
    }

    public String source() {
      return "test";
    }

    public String expected() {
      return "support grows";
    }

    public P defaults() {
      return new P(10_000, 100, new double[] {0.05, 0.2}, 8);
    }

    public List<Point> points(P p) {
      return java.util.Arrays.stream(p.betas()).mapToObj(b -> Point.of("beta", b)).toList();
    }

    public List<Row> run(P p, Point point, long seed) {
      runs.incrementAndGet();
      Brain b = Brain.builder(0.01).seed(seed).build();
      b.addStimulus("s", p.k()).addArea("A", p.n(), p.k(), point.num("beta"));
      int[] w = Operations.project(b, "s", "A", p.rounds()).area("A").support();
      return java.util.stream.IntStream.range(0, w.length).mapToObj(r -> Row.of("round", r + 1, "support", w[r])).toList();
    }

    public List<Check> checks(P p, Table t) {
      return List.of(Check.allAtLeast("final support", "> k", t.lastPerTrial("round", "support"), p.k() + 1));
    }

    public List<Figure> figures(P p, Table t) {
      var c = Charts.chart("small", "round", "support");
      Charts.line(c, "support", t.series("round", "support"));
      return List.of(new Figure("support.png", "support", c));
    }
  }

  @Test
  void resultsDoNotDependOnThreads() throws IOException {
    Small e = new Small();
    var one = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(3, 1));
    var two = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(3, 2));
    assertThat(two.table()).isEqualTo(one.table());
    assertThat(one.table().distinct("trial")).hasSize(6);
    assertThat(one.passed()).isTrue();
    // the same seeds at every sweep point
    assertThat(one.table().where("beta", 0.05).distinct("seed"))
        .isEqualTo(one.table().where("beta", 0.2).distinct("seed"));
  }

  @Test
  void writesDataChecksPlotsAndManifestAndResumes() throws IOException {
    Small e = new Small();
    Path out = dir.resolve("run");
    var first = SweepRunner.run(e, e.defaults(), new SweepRunner.Options(3, 2, 7, null, out, null));
    assertThat(first.files()).contains("small.csv", "support.png", "summary.json", "manifest.json");
    assertThat(Files.readAllLines(out.resolve("small.csv"))).hasSize(1 + 6 * 8);
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"seed\" : 7", "gitCommit", "javaVersion", "\"seeds\" : 3");
    // an interrupted run: two trials lost (and a half-written temporary file left behind)
    Files.delete(out.resolve("trials/t00001.json"));
    Files.delete(out.resolve("trials/t00004.json"));
    Files.writeString(out.resolve("trials/.t00001.json.123.tmp"), "{\"half");
    int before = e.runs.get();
    var resumed = SweepRunner.run(e, e.defaults(), new SweepRunner.Options(3, 1, 7, null, out, null));
    assertThat(e.runs.get() - before).isEqualTo(2);
    assertThat(resumed.trialsRunNow()).isEqualTo(2);
    assertThat(resumed.table()).isEqualTo(first.table());
    try (var files = Files.list(out.resolve("trials"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void shardsSplitTheTrialsAndTheLastOneWritesTheResults() throws IOException {
    Small e = new Small();
    Path out = dir.resolve("sharded");
    var a = SweepRunner.run(e, e.defaults(), new SweepRunner.Options(2, 1, 3, SweepRunner.Shard.parse("0/2"), out, null));
    assertThat(a.complete()).isFalse();
    assertThat(a.trialsRunNow()).isEqualTo(2);
    assertThat(Files.exists(out.resolve("small.csv"))).isFalse();
    var b = SweepRunner.run(e, e.defaults(), new SweepRunner.Options(2, 1, 3, SweepRunner.Shard.parse("1/2"), out, null));
    assertThat(b.complete()).isTrue();
    assertThat(b.table()).isEqualTo(SweepRunner.run(e, e.defaults(), new SweepRunner.Options(2, 2, 3, null, null, null)).table());
    assertThat(Files.exists(out.resolve("small.csv"))).isTrue();
  }

  @Test
  void refusesToMixRunsInOneDirectory() throws IOException {
    Small e = new Small();
    Path out = dir.resolve("mixed");
    SweepRunner.run(e, e.defaults(), new SweepRunner.Options(1, 1, 3, null, out, null));
    assertThatThrownBy(() -> SweepRunner.run(e, Params.with(e.defaults(), Map.of("rounds", "9")),
        new SweepRunner.Options(1, 1, 3, null, out, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another run");
  }

  @Test
  void parametersAreOverriddenByNameWithClearErrors() {
    Small e = new Small();
    Small.P p = Params.with(e.defaults(), Map.of("rounds", "12", "betas", "0.1, 0.3, 0.5", "n", "1e5"));
    assertThat(p.rounds()).isEqualTo(12);
    assertThat(p.betas()).containsExactly(0.1, 0.3, 0.5);
    assertThat(p.n()).isEqualTo(100_000);
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("beta", "1")))
        .hasMessageContaining("unknown parameter 'beta'").hasMessageContaining("betas");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("rounds", "x")))
        .hasMessageContaining("rounds=x is not a valid int");
    assertThatThrownBy(() -> Params.with(e.defaults(), Map.of("rounds", "0")))
        .hasMessageContaining("rounds=0 must be ≥ 1");
    assertThatThrownBy(() -> Params.assignments(List.of("rounds"))).hasMessageContaining("key=value");
    assertThatThrownBy(() -> SweepRunner.Shard.parse("2/2")).hasMessageContaining("0 ≤ i < n");
    assertThat(Params.toMap(p)).containsEntry("betas", List.of(0.1, 0.3, 0.5));
  }
}
