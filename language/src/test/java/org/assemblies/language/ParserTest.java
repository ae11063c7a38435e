package org.assemblies.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {
  private static final Parser EN = Parser.of(Language.ENGLISH);

  /** The reference's single ADJ area: "big" is lost (seeds 1–200: always; so does the Python reference). */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void theReferencesSharedAdjectiveAreaLosesTheFirstAdjective(long seed) {
    Parse p = EN.withConfig(ParserConfig.reference()).parse("a woman saw the big bad dogs", seed);
    assertThat(p.dependencySet()).contains(new Dependency("dogs", "bad", "ADJ"))
        .doesNotContain(new Dependency("dogs", "big", "ADJ"));
  }

  /** With adjective areas every adjective is read out (seeds 1–200: 200/200 keep both, subject too). */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void everyAdjectiveIsInTheTree(long seed) {
    Parse p = EN.parse("a woman saw the big bad dogs", seed);
    assertThat(p.dependencySet()).contains(new Dependency("dogs", "big", "ADJ"), new Dependency("dogs", "bad", "ADJ"));
    ParseTree dogs = p.tree().children().stream().filter(c -> c.relation().equals("OBJ")).findFirst().orElseThrow();
    assertThat(dogs.word()).isEqualTo("dogs");
    assertThat(dogs.children()).extracting(ParseTree::word).containsExactlyInAnyOrder("the", "big", "bad");
    // and in the subject
    assertThat(EN.parse("the big bad dogs chase cats", seed).dependencySet()).containsExactlyInAnyOrderElementsOf(
        GoldenSentences.parse("(chase,dogs,SUBJ) (chase,cats,OBJ) (dogs,the,DET) (dogs,big,ADJ) (dogs,bad,ADJ)"));
  }

  /**
   * A known defect of the model, not of the port: two different determiners in one sentence share
   * DET (k = 20 fed by 20 LEX neurons), and in about one parse in ten the second one's assembly falls
   * into the first one's (an old DET neuron ties the best fresh candidates in the first round, or
   * wins a later one), so that one or both read out as NON-WORD or as the other determiner. Observed
   * exact parses of "a woman saw the dogs": 91/100 (seeds 1–100), 176/200 (1–200); the Python
   * reference with a different brain seed per run: 138/150 (with its fixed seed 0: 174/180).
   */
  @Test
  void twoDifferentDeterminersUsuallyButNotAlwaysSurvive() {
    Parser en = Parser.of(Language.ENGLISH);
    java.util.Set<Dependency> expected = GoldenSentences.parse(
        "(saw,woman,SUBJ) (saw,dogs,OBJ) (woman,a,DET) (dogs,the,DET)");
    int exact = 0;
    for (long seed = 1; seed <= 100; seed++) {
      exact += en.parse("a woman saw the dogs", seed).dependencySet().equals(expected) ? 1 : 0;
    }
    assertThat(exact).isBetween(80, 97);
  }

  @Test
  void moreAdjectivesThanAdjectiveAreasAreRefused() {
    assertThatThrownBy(() -> EN.withConfig(ParserConfig.defaults().withAdjectiveAreas(2))
        .parse("the big bad big dogs run", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'big': more than 2 adjectives before one noun");
  }

  @Test
  void theCopulaTakesAnAdjective() {
    // seeds 1–200 all give exactly this set
    assertThat(EN.parse("the dogs are bad", 4).dependencySet()).containsExactlyInAnyOrderElementsOf(
        GoldenSentences.parse("(are,dogs,SUBJ) (are,bad,ADJ) (dogs,the,DET)"));
  }

  @Test
  void theTreeIsRootedAtTheVerb() {
    Parse p = EN.parse("the big dogs chase bad cats", 1);
    assertThat(p.words()).containsExactly("the", "big", "dogs", "chase", "bad", "cats");
    assertThat(p.tree().word()).isEqualTo("chase");
    assertThat(p.tree().render()).isEqualTo("""
        chase
          SUBJ dogs
            DET the
            ADJ big
          OBJ cats
            ADJ bad
        """);
  }

  @Test
  void aParseIsAFunctionOfItsSeed() {
    Parse a = EN.parse("the dogs of the man bite people", 7);
    Parse b = EN.parse("the dogs of the man bite people", 7);
    assertThat(a.dependencies()).isEqualTo(b.dependencies());
    assertThat(a.tree()).isEqualTo(b.tree());
  }

  @Test
  void theTraceShowsWhatFiredPerWord() {
    Parse p = EN.parse("cats chase mice", 1, true);
    assertThat(p.trace()).hasSize(3);
    Parse.Step cats = p.trace().get(0);
    assertThat(cats.wordClass()).isEqualTo("noun");
    assertThat(cats.openAreas()).containsExactly("LEX", "SUBJ", "VERB");
    assertThat(cats.openFibers()).contains("LEX–SUBJ", "LEX–OBJ").doesNotContain("LEX–VERB");
    assertThat(cats.rounds()).hasSize(20);
    assertThat(cats.rounds().get(0)).isEqualTo(Map.of("LEX", List.of("LEX", "SUBJ")));
    assertThat(cats.rounds().get(19)).containsEntry("SUBJ", List.of("LEX", "SUBJ"));
    Parse.Step chase = p.trace().get(1);
    assertThat(chase.frozen()).containsExactly("SUBJ");
    assertThat(chase.rounds().get(19)).containsEntry("VERB", List.of("LEX", "SUBJ", "VERB"));
    Parse.Step mice = p.trace().get(2);
    assertThat(mice.frozen()).containsExactly("VERB");
    assertThat(mice.openAreas()).containsExactly("LEX", "OBJ", "VERB");
    assertThat(EN.parse("cats chase mice", 1).trace()).isEmpty();
  }

  @Test
  void invalidSentencesAreRefused() {
    assertThatThrownBy(() -> EN.parse("  ", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> EN.parse("the big dogs", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no verb");
    assertThatThrownBy(() -> EN.parse("the dogs chase unicorns", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'unicorns'");
    assertThatThrownBy(() -> Parser.of(Language.RUSSIAN).withLexicon(Lexicon.builtin(Language.ENGLISH)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void configurationIsValidated() {
    assertThatThrownBy(() -> new ParserConfig(0, 20, 10_000, 100, 0.2, 1, 0.05, 0.5, 20, 0.7, 3))
        .hasMessageContaining("p=0.0");
    assertThatThrownBy(() -> ParserConfig.defaults().withAdjectiveAreas(0)).hasMessageContaining("adjectiveAreas=0");
    assertThatThrownBy(() -> new ParserConfig(0.1, 20, 150, 100, 0.2, 1, 0.05, 0.5, 20, 0.7, 3))
        .hasMessageContaining("areaN=150");
  }

  @Test
  void theAreasIncludeTheAdjectiveAreasAndTheDependentClausesAreas() {
    assertThat(EN.areas()).containsExactly("LEX", "DET", "SUBJ", "OBJ", "VERB", "ADJ", "ADJ2", "ADJ3", "ADVERB",
        "PREP", "PREP_P", "DEP_CLAUSE", "DEP_SUBJ", "DEP_OBJ", "DEP_VERB");
    assertThat(Parser.of(Language.RUSSIAN).areas()).containsExactly("LEX", "NOM", "VERB", "ACC", "DAT");
  }
}
