package org.assemblies.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assemblies.experiments.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmCommandTest {

  @Test
  void trainResumeEvalAndGenerateWriteRunDirectories(@TempDir Path dir) throws Exception {
    Path run = dir.resolve("train");
    CliTest.Result r = CliTest.run("lm", "train", "-o", "order=3", "--steps", "20", "--batch", "4", "--window", "128",
        "--eval-examples", "8", "--out", run.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = Json.mapper().readTree(r.out());
    assertThat(j.get("model").asText()).isEqualTo("3-gram");
    assertThat(j.get("steps").asLong()).isEqualTo(20);
    // a trigram on 10k characters of Moby Dick: well below the unigram's ≈ 4.4 BPC
    assertThat(j.get("heldOutBits").asDouble()).isBetween(2.5, 4.0);
    assertThat(run.resolve("checkpoint/state.json")).exists();
    assertThat(Files.readString(run.resolve("manifest.json"))).contains("\"command\" : \"lm train\"", "curve.png");

    CliTest.Result resumed = CliTest.run("lm", "train", "--resume", run.toString(), "--steps", "30", "--json");
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(Json.mapper().readTree(resumed.out()).get("steps").asLong()).isEqualTo(30);

    CliTest.Result again = CliTest.run("lm", "train", "--resume", run.toString(), "--steps", "30");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("already spent");

    CliTest.Result eval = CliTest.run("lm", "eval", run.toString(), "--examples", "20", "--out",
        dir.resolve("eval").toString(), "--json");
    assertThat(eval.code()).as(eval.err()).isZero();
    assertThat(Json.mapper().readTree(eval.out()).get("scoredPositions").asLong()).isEqualTo(20 * 128);

    CliTest.Result gen = CliTest.run("lm", "generate", run.toString(), "--prompt", "Call me ", "--length", "40",
        "--out", dir.resolve("gen").toString());
    assertThat(gen.code()).as(gen.err()).isZero();
    assertThat(gen.out()).startsWith("Call me ");
    assertThat(gen.out().strip().length()).isEqualTo(48);
  }

  @Test
  void trainsOnATask(@TempDir Path dir) throws Exception {
    CliTest.Result r = CliTest.run("lm", "train", "--task", "induction", "-o", "order=2", "--steps", "5", "--out",
        dir.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Json.mapper().readTree(r.out()).get("data").asText()).isEqualTo("task induction");
    assertThat(CliTest.run("lm", "generate", dir.toString()).code()).isEqualTo(2);
  }

  @Test
  void scorecardOnASmallCorpus(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.txt");
    Files.writeString(corpus, "It was the best of times, it was the worst of times, it was the age of wisdom. ".repeat(100));
    Path out = dir.resolve("sc");
    CliTest.Result r = CliTest.run("lm", "scorecard", "--task", "ar", "--corpus", corpus.toString(), "--steps", "3",
        "--batch", "2", "--window", "64", "--eval-examples", "10", "--max-length", "512", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("scorecard.md")).exists();
    assertThat(out.resolve("cost.png")).exists();
    JsonNode j = Json.mapper().readTree(Files.readString(out.resolve("scorecard.json")));
    assertThat(j.get("rows")).hasSize(10); // 1-gram … 5-gram on ar and on the corpus
    assertThat(j.get("models").get(4).get("mustHaves")).hasSize(9);
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"command\" : \"lm scorecard\"");
  }

  @Test
  void badInputExitsTwoWithOneLine(@TempDir Path dir) {
    String out = dir.toString();
    for (String[] args : new String[][] {{"lm"}, {"lm", "train", "--task", "nope", "--out", out},
        {"lm", "train", "--model", "foo", "--out", out}, {"lm", "train", "-o", "n=3", "--out", out},
        {"lm", "train", "--steps", "-1", "--out", out}, {"lm", "eval", dir.resolve("none").toString()},
        {"lm", "train", "--task", "ar", "--corpus", "mobydick", "--out", out},
        {"lm", "scorecard", "--task", "mqar:pairs=x", "--out", out},
        {"lm", "scorecard", "--mqar-sweep", "lr", "--out", out}}) {
      CliTest.Result r = CliTest.run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
    }
  }
}
