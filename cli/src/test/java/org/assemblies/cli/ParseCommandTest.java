package org.assemblies.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @Test
  void printsTheTreeRootedAtTheVerb() {
    CliTest.Result r = CliTest.run("parse", "the big dogs chase bad cats");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("""
        chase
          SUBJ dogs
            DET the
            ADJ big
          OBJ cats
            ADJ bad
        (5 dependencies; English, seed 1,""");
  }

  @Test
  void parsesACenterEmbeddedSentence() {
    CliTest.Result r = CliTest.run("parse", "dogs that cats chase , run");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("""
        run
          SUBJ dogs
            DEP-VERB chase
              SUBJ cats
        (3 dependencies; English, seed 1,""");
  }

  @Test
  void jsonIsOneObject() throws Exception {
    CliTest.Result r = CliTest.run("parse", "kot", "dayet", "sobakie", "sobaku", "--lang", "ru", "--json", "--seed", "2");
    assertThat(r.code()).isZero();
    assertThat(r.outLines()).hasSize(1);
    JsonNode j = r.json();
    assertThat(j.get("words")).hasSize(4);
    assertThat(j.get("dependencies")).hasSize(3);
    assertThat(j.get("dependencies").get(0).get("head").asText()).isEqualTo("dayet");
    assertThat(j.get("dependencies").findValuesAsText("relation")).containsExactlyInAnyOrder("NOM", "ACC", "DAT");
    assertThat(j.get("tree").get("word").asText()).isEqualTo("dayet");
    assertThat(j.get("tree").get("children")).hasSize(3);
    assertThat(j.get("parseSeconds").asDouble()).isPositive();
  }

  @Test
  void traceShowsTheFiringPerWord() throws Exception {
    CliTest.Result r = CliTest.run("parse", "cats chase mice", "--trace");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("cats (noun): open areas LEX SUBJ VERB; open fibers LEX–SUBJ",
        "  round 1: LEX→LEX,SUBJ", "  rounds 2–20: LEX→LEX,SUBJ SUBJ→LEX,SUBJ",
        "chase (trans_verb):", "frozen SUBJ");
    JsonNode j = CliTest.run("parse", "cats chase mice", "--trace", "--json").json();
    assertThat(j.get("trace")).hasSize(3);
    assertThat(j.get("trace").get(2).get("frozen").get(0).asText()).isEqualTo("VERB");
  }

  @Test
  void aLexiconFileAddsWords(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("more.txt");
    Files.write(f, List.of("birds noun"));
    CliTest.Result r = CliTest.run("parse", "dogs chase birds", "--lexicon", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("  OBJ birds");
  }

  @Test
  void invalidInputIsOneLineAndExitTwo(@TempDir Path dir) {
    CliTest.Result r = CliTest.run("parse", "dogs chase birds");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("unknown word 'birds'", "trans_verb");
    assertThat(CliTest.run("parse", "dogs chase cats", "--lang", "fr").code()).isEqualTo(2);
    assertThat(CliTest.run("parse", "the dogs").errLines()).hasSize(1);
    assertThat(CliTest.run("parse", "dogs run", "--lexicon", dir.resolve("none.txt").toString()).code()).isEqualTo(2);
  }
}
