package org.assemblies.cli;

import org.assemblies.experiments.io.*;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line run in-process, with stdout and stderr captured. */
class CliTest {
  /** What a run printed and returned. */
  record Result(int code, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    JsonNode json() throws IOException {
      return Json.mapper().readTree(out);
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  static final String[] SMALL = {"--n", "10000", "--k", "100", "--rounds", "10"};

  static String[] small(String command, String... more) {
    List<String> a = new ArrayList<>(List.of(command));
    a.addAll(List.of(SMALL));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  @Test
  void projectJsonIsOneObjectWithTheSupportOfEachRound() throws IOException {
    Result r = run(small("project", "--json"));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSize(1);
    JsonNode j = r.json();
    assertThat(j.get("command").asText()).isEqualTo("project");
    assertThat(j.get("params").get("n").asInt()).isEqualTo(10000);
    assertThat(j.get("params").get("k").asInt()).isEqualTo(100);
    assertThat(j.get("params").get("rounds").asInt()).isEqualTo(10);
    assertThat(j.get("params").has("beta")).isTrue();
    List<Integer> support = new ArrayList<>();
    j.get("support").forEach(v -> support.add(v.asInt()));
    assertThat(support).hasSize(10).isSorted();
    assertThat(support.getFirst()).isEqualTo(100);
    assertThat(support.getLast()).isGreaterThan(100);
    assertThat(j.get("winnersOverlapLastTwo").asInt()).isBetween(0, 100);
    assertThat(j.get("simulationSeconds").asDouble()).isPositive().isLessThan(30);
  }

  @Test
  void sameSeedSameRunDifferentSeedDifferentRun() throws IOException {
    JsonNode a = run(small("project", "--json", "--seed", "7")).json();
    JsonNode b = run(small("project", "--json", "--seed", "7")).json();
    JsonNode c = run(small("project", "--json", "--seed", "8")).json();
    assertThat(a.get("support")).isEqualTo(b.get("support"));
    assertThat(a.get("overlapWithPrevious")).isEqualTo(b.get("overlapWithPrevious"));
    assertThat(a.get("overlapWithPrevious")).isNotEqualTo(c.get("overlapWithPrevious"));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(new String[] {"project", "--n", "1000", "--k", "2000"}, "k=2000"),
        Arguments.of(new String[] {"project", "--k", "0"}, "k=0"),
        Arguments.of(new String[] {"project", "--p", "0"}, "p=0"),
        Arguments.of(new String[] {"project", "--p", "1.5"}, "p=1.5"),
        Arguments.of(new String[] {"project", "--rounds", "-1"}, "rounds=-1"),
        Arguments.of(new String[] {"project", "--beta", "-0.5"}, "beta"),
        Arguments.of(new String[] {"project", "--bogus"}, "--bogus"),
        Arguments.of(new String[] {"project", "--k", "abc"}, "--k"),
        Arguments.of(new String[] {"project", "--k"}, "--k"),
        Arguments.of(new String[] {"merge", "--n", "1"}, "n=1"),
        Arguments.of(new String[] {"associate", "--setup-rounds", "0"}, "setup-rounds=0"),
        Arguments.of(new String[] {"complete", "--cue", "0"}, "cue=0"),
        Arguments.of(new String[] {"complete", "--recurrent-rounds", "0"}, "recurrent-rounds=0"),
        Arguments.of(new String[] {"demo", "--k", "100001"}, "k=100001"),
        Arguments.of(new String[] {"bench", "--cases", "1e9"}, "1e9"),
        Arguments.of(new String[] {"bench", "--repeats", "0"}, "repeats=0"),
        Arguments.of(new String[] {"nosuchcommand"}, "nosuchcommand"),
        Arguments.of(new String[] {}, "missing command"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidInputIsOneLineOnStderrAndExitCode2(String[] args, String mentions) {
    Result r = run(args);
    assertThat(r.code()).as("exit code of %s", List.of(args)).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("assemblies: error: ").contains(mentions);
  }

  @Test
  void outWritesCsvPlotResultAndManifest(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("run/one");
    Result r = run(small("project", "--out", dir.toString()));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> csv = Files.readAllLines(dir.resolve("support.csv"));
    assertThat(csv).hasSize(10 + 1);
    assertThat(csv.getFirst()).startsWith("round,phase,phase_round,A");
    assertThat(csv.get(1)).startsWith("1,project,1,100,");
    byte[] png = Files.readAllBytes(dir.resolve("support.png"));
    assertThat(png.length).isGreaterThan(1000);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    JsonNode m = Json.mapper().readTree(dir.resolve("manifest.json").toFile());
    assertThat(m.get("command").asText()).isEqualTo("project");
    assertThat(m.get("seed").asLong()).isEqualTo(1);
    assertThat(m.get("params").get("k").asInt()).isEqualTo(100);
    assertThat(m.get("gitCommit").asText()).isNotBlank();
    assertThat(m.get("javaVersion").asText()).isEqualTo(System.getProperty("java.version"));
    assertThat(m.get("osName").asText()).isNotBlank();
    assertThat(m.get("timestamp").asText()).isNotBlank();
    List<String> files = new ArrayList<>();
    m.get("files").forEach(f -> files.add(f.asText()));
    assertThat(files).contains("support.csv", "support.png", "result.json");
    JsonNode result = Json.mapper().readTree(dir.resolve("result.json").toFile());
    assertThat(result.get("support")).hasSize(10);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("support.csv", "support.png", "result.json", "manifest.json");
    }
  }

  @Test
  void jsonAndOutTogetherKeepStdoutOneObject(@TempDir Path tmp) throws IOException {
    Result r = run(small("merge", "--json", "--out", tmp.toString()));
    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(1);
    JsonNode j = r.json();
    assertThat(j.get("target").asText()).isEqualTo("C");
    assertThat(j.get("support")).hasSize(10);
    assertThat(j.get("supportByArea").get("A")).hasSize(10);
    assertThat(j.get("finalSupports").get("C").asInt()).isEqualTo(j.get("finalSupport").asInt());
    assertThat(j.get("files")).hasSize(4);
    // the merge protocol's first step (stimuli alone) is in the CSV too
    assertThat(Files.readAllLines(tmp.resolve("support.csv"))).hasSize(1 + 1 + 10);
  }

  @Test
  void associateReportsOverlaps() throws IOException {
    // association needs enough synapses per neuron (k·p): the PNAS size, few rounds
    Result r = run("associate", "--rounds", "8", "--setup-rounds", "8", "--json");
    assertThat(r.code()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("support")).hasSize(8);
    JsonNode o = j.get("overlaps");
    assertThat(o.get("imagesAfter").asInt()).isGreaterThan(o.get("imagesBefore").asInt());
    assertThat(j.get("phases")).hasSize(4);
  }

  @Test
  void completeRecoversMostOfTheAssembly() throws IOException {
    Result r = run("complete", "--n", "10000", "--k", "100", "--json");
    assertThat(r.code()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("params").get("p").asDouble()).isEqualTo(0.05);
    assertThat(j.get("params").get("cue").asDouble()).isEqualTo(0.5);
    assertThat(j.get("support")).hasSize(25);
    assertThat(j.get("completion").get("cueSize").asInt()).isEqualTo(50);
    assertThat(j.get("recoveredFraction").asDouble()).isGreaterThan(0.5);
  }

  @Test
  void tableOutputEndsWithAFinalLine() {
    Result r = run(small("project"));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSizeGreaterThan(10);
    assertThat(r.outLines().getFirst()).startsWith("project");
    assertThat(r.outLines().getLast()).startsWith("final: support of A = ");
  }

  @Test
  void demoTellsTheStory() {
    Result r = run("demo");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines()).hasSizeBetween(8, 12);
    assertThat(r.out()).contains("support", "%", "merge");
  }

  @Test
  void benchRunsASubset() {
    Result r = run("bench", "--cases", "1e5", "--repeats", "1", "--warmups", "1");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("1e5", "0.01").doesNotContain("1e7");
  }

  @Test
  void benchJson() throws IOException {
    Result r = run("bench", "--cases", "1e5,merge", "--repeats", "2", "--warmups", "0", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(1);
    JsonNode j = r.json();
    assertThat(j.get("cases")).hasSize(2);
    assertThat(j.get("cases").get(0).get("seconds")).hasSize(2);
    assertThat(j.get("cases").get(0).get("ratioMedianToCppHigh").asDouble()).isPositive();
    assertThat(j.get("cases").get(1).get("ratioMedianToCppHigh").asDouble()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "demo", "project", "associate", "merge", "complete", "bench"})
  void helpEverywhere(String command) {
    Result r = command.isEmpty() ? run("--help") : run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: assemblies").contains("--help", "--version");
    if (!command.isEmpty() && !command.equals("bench")) {
      assertThat(r.out()).contains("--seed");
    }
  }

  @Test
  void version() {
    Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("assemblies ");
  }
}
