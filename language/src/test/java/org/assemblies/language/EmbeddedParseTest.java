package org.assemblies.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Center embedding (spec language.md §1): object- and subject-relative clauses. Observed over seeds
 * 1–200 ({@code parser-embedded}): every sentence of {@link GoldenSentences#embedded()} exact in
 * 200/200. The Python reference ({@code recursive_parser.py}, brain seeds 0–2) parses "dogs that cats
 * chase , run" right but reads both verbs of "the dogs that chase cats , love people" as NON-WORD.
 */
class EmbeddedParseTest {
  private static final Parser EN = Parser.of(Language.ENGLISH);

  static List<GoldenSentences.Golden> embedded() {
    return GoldenSentences.embedded();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("embedded")
  void yieldsExactlyTheExpectedDependenciesForTwentyFiveSeeds(GoldenSentences.Golden g) {
    for (long seed = 1; seed <= 25; seed++) {
      Parse p = EN.parse(g.sentence(), seed);
      assertThat(p.dependencySet()).as("%s, seed %d", g.sentence(), seed)
          .containsExactlyInAnyOrderElementsOf(g.expected());
      assertThat(p.dependencies()).doesNotHaveDuplicates();
    }
  }

  @Test
  void theSpecsObjectRelativeSentenceHasTheClauseUnderItsHeadNoun() {
    assertThat(EN.parse("dogs that cats chase , run", 1).tree().render()).isEqualTo("""
        run
          SUBJ dogs
            DEP-VERB chase
              SUBJ cats
        """);
  }

  @Test
  void aSubjectRelativeClauseReadsBothVerbs() {
    assertThat(EN.parse("the dogs that chase cats , love people", 1).tree().render()).isEqualTo("""
        love
          SUBJ dogs
            DET the
            DEP-VERB chase
              SUBJ dogs
              OBJ cats
          OBJ people
        """);
  }

  @Test
  void theClausesVerbGoesIntoItsOwnArea() {
    Parse p = EN.parse("the dogs that chase cats , love people", 1, true);
    Parse.Step that = p.trace().get(2);
    Parse.Step chase = p.trace().get(3);
    Parse.Step comma = p.trace().get(5);
    Parse.Step love = p.trace().get(6);
    assertThat(that.word()).isEqualTo("that");
    assertThat(that.frozen()).containsExactly(Areas.SUBJ); // the head noun fires into DEP_CLAUSE
    assertThat(that.rounds().getLast()).containsKey(Areas.DEP_CLAUSE);
    assertThat(chase.openAreas()).contains(Areas.DEP_VERB, Areas.DEP_SUBJ).doesNotContain(Areas.VERB, Areas.SUBJ);
    assertThat(chase.rounds().getFirst().get(Areas.LEX)).contains(Areas.DEP_VERB);
    assertThat(comma.word()).isEqualTo(",");
    assertThat(love.openAreas()).contains(Areas.VERB, Areas.SUBJ).doesNotContain(Areas.DEP_VERB, Areas.DEP_CLAUSE);
    assertThat(love.rounds().getFirst().get(Areas.LEX)).contains(Areas.VERB);
  }

  @Test
  void aCommaMayBeWrittenAgainstTheWord() {
    assertThat(EN.parse("dogs that cats chase, run", 3).dependencySet())
        .isEqualTo(EN.parse("dogs that cats chase , run", 3).dependencySet());
  }

  /**
   * A clause on the object needs no comma (it ends the sentence); its verb has no subject. Beyond the
   * spec, not a golden sentence: observed 99/100 exact over seeds 1–100.
   */
  @Test
  void aRelativeClauseOnTheObject() {
    assertThat(EN.parse("cats chase the dogs that love people", 1).dependencySet()).containsExactlyInAnyOrderElementsOf(
        GoldenSentences.parse("(chase,cats,SUBJ) (chase,dogs,OBJ) (dogs,the,DET) (dogs,love,DEP-VERB) (love,people,OBJ)"));
  }

  @Test
  void oneRelativeClausePerSentenceAndAClauseBeforeTheVerbMustEnd() {
    assertThatThrownBy(() -> EN.parse("dogs that cats that mice love chase , , run", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'that': one relative clause per sentence")
        .hasMessageContaining("one level of embedding");
    assertThatThrownBy(() -> EN.parse("cats that run , chase the dogs that love people", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'that': one relative clause per sentence is supported");
    assertThatThrownBy(() -> EN.parse("dogs that cats chase run", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no verb in 'dogs that cats chase run'")
        .hasMessageContaining("must end with ','");
  }

  @Test
  void theExperimentPassesItsChecks() throws Exception {
    ParserEmbedded e = new ParserEmbedded();
    SweepRunner.Result<ParserConfig> r = SweepRunner.run(e, e.defaults(), SweepRunner.Options.inMemory(2, 1));
    assertThat(r.complete()).isTrue();
    assertThat(r.table().rows()).hasSize(2 * GoldenSentences.embedded().size());
    assertThat(r.table().where("kind", "subject").rows()).hasSize(2 * 5);
    assertThat(r.checks()).hasSize(5);
    for (Check c : r.checks()) {
      assertThat(c.passed()).as("%s: %s, measured %s", c.name(), c.rule(), c.measured()).isTrue();
    }
    assertThat(e.figures(e.defaults(), r.table())).hasSize(1);
  }
}
