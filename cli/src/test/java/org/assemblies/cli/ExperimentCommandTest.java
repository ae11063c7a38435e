package org.assemblies.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assemblies.experiments.Experiments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
  @TempDir Path dir;

  @Test
  void listsEveryExperimentOnOneLine() {
    CliTest.Result r = CliTest.run("experiment", "list");
    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(Experiments.all().size());
    assertThat(r.out()).contains("projection-fixed-point");
  }

  @Test
  void runsAnExperimentWithOverridesAndResumes() throws IOException {
    Path out = dir.resolve("fp");
    String[] args = {"experiment", "run", "projection-fixed-point", "--seeds", "2", "--threads", "2",
        "--set", "n=100000", "--set", "k=317", "--set", "p=0.01", "--out", out.toString(), "--json"};
    CliTest.Result r = CliTest.run(args);
    assertThat(r.code()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("passed").asBoolean()).isTrue();
    assertThat(j.get("checks")).hasSize(1); // the plateau check is for the paper's parameters only
    assertThat(Files.readAllLines(out.resolve("projection-fixed-point.csv"))).hasSize(1 + 2 * 25);
    assertThat(out.resolve("support.png")).isNotEmptyFile();
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"n\" : 100000");
    CliTest.Result again = CliTest.run("experiment", "run", "projection-fixed-point", "--seeds", "2",
        "--set", "n=100000", "--set", "k=317", "--set", "p=0.01", "--out", out.toString());
    assertThat(again.out()).contains("2 trials, 0 run now");
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    for (String[] args : new String[][] {
        {"experiment", "run", "nope"},
        {"experiment", "run", "projection-fixed-point", "--set", "k=0"},
        {"experiment", "run", "projection-fixed-point", "--set", "kk=3"},
        {"experiment", "run", "projection-fixed-point", "--set", "rounds"},
        {"experiment", "run", "projection-fixed-point", "--shard", "3/2"},
        {"experiment", "run", "projection-fixed-point", "--seeds", "0"}}) {
      CliTest.Result r = CliTest.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
    }
  }

  @Test
  void reportIsOneSelfContainedPage() throws IOException {
    Path out = dir.resolve("report");
    CliTest.Result r = CliTest.run("report", "--only", "projection-fixed-point", "--seeds", "2",
        "--out", out.toString());
    assertThat(r.code()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("Projection fixed point", "data:image/png;base64,", "pass");
    assertThat(Files.readString(out.resolve("results.md"))).contains("| Projection fixed point: final support");
  }
}
