package org.assemblies.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {
  @Test
  void theBuiltInLexiconsHaveTheReferenceIndices() {
    Lexicon en = Lexicon.builtin(Language.ENGLISH);
    assertThat(en.lexemes()).isEqualTo(20);
    assertThat(en.entry("the").index()).isZero();
    assertThat(en.entry("saw").index()).isEqualTo(19);
    assertThat(en.entry("saw").wordClass()).isEqualTo(WordClass.TRANSITIVE_VERB);
    assertThat(en.entry("Quickly").wordClass()).isEqualTo(WordClass.ADVERB);
    Lexicon ru = Lexicon.builtin(Language.RUSSIAN);
    assertThat(ru.lexemes()).isEqualTo(5);
    // case forms share their lemma's assembly
    assertThat(ru.entry("sobakie").index()).isEqualTo(ru.entry("sobaka").index()).isEqualTo(3);
    assertThat(ru.lemma(ru.entry("kotu").index())).isEqualTo("kot");
    assertThat(ru.entry("kotu").wordClass()).isEqualTo(WordClass.DATIVE_NOUN);
  }

  @Test
  void thatAndCommaHaveNoAssembly() {
    Lexicon en = Lexicon.builtin(Language.ENGLISH);
    assertThat(en.entry("that").wordClass()).isEqualTo(WordClass.RELATIVE);
    assertThat(en.entry(",").wordClass()).isEqualTo(WordClass.CLAUSE_END);
    assertThat(en.entry("that").index()).isEqualTo(Lexicon.NO_ASSEMBLY);
    assertThat(en.entry(",").index()).isEqualTo(Lexicon.NO_ASSEMBLY);
    assertThat(en.lexemes()).isEqualTo(20); // LEX keeps the reference's size
    assertThat(en.with("which", WordClass.RELATIVE).lexemes()).isEqualTo(20);
    assertThatThrownBy(() -> new Lexicon.Entry("which", WordClass.RELATIVE, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index=3").hasMessageContaining("no assembly");
    assertThatThrownBy(() -> new Lexicon.Entry("dogs", WordClass.NOUN, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index=-1");
  }

  @Test
  void anUnknownWordNamesTheWordAndTheClasses() {
    assertThatThrownBy(() -> Lexicon.builtin(Language.ENGLISH).entry("birds"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'birds'")
        .hasMessageContaining("det, noun, trans_verb, intrans_verb, copula, adverb, prep, adj");
    assertThatThrownBy(() -> Parser.of(Language.RUSSIAN).parse("kot vidit myshku", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'myshku'")
        .hasMessageContaining("verb, ditrans_verb, nom, acc, dat");
  }

  @Test
  void aFileExtendsTheLexiconWithoutCode(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("words.txt");
    Files.write(f, List.of("# more animals", "birds noun", "", "eat trans_verb  # a verb", "small adj"));
    Lexicon en = Lexicon.builtin(Language.ENGLISH).withFile(f);
    assertThat(en.lexemes()).isEqualTo(23);
    assertThat(en.entry("birds").index()).isEqualTo(20);
    Parse p = Parser.of(Language.ENGLISH).withLexicon(en).parse("small birds eat the mice", 2);
    assertThat(p.dependencySet()).containsExactlyInAnyOrderElementsOf(GoldenSentences.parse(
        "(eat,birds,SUBJ) (eat,mice,OBJ) (birds,small,ADJ) (mice,the,DET)"));

    Path ru = dir.resolve("ru.txt");
    Files.write(ru, List.of("mysh nom", "myshku acc mysh"));
    Lexicon r = Lexicon.builtin(Language.RUSSIAN).withFile(ru);
    Parse q = Parser.of(Language.RUSSIAN).withLexicon(r).parse("kot vidit myshku", 1);
    assertThat(q.dependencySet()).containsExactlyInAnyOrderElementsOf(
        GoldenSentences.parse("(vidit,kot,NOM) (vidit,mysh,ACC)"));
  }

  @Test
  void badLinesNameTheFileAndLine() {
    Lexicon en = Lexicon.builtin(Language.ENGLISH);
    assertThatThrownBy(() -> en.withLines(List.of("birds noun", "fish verb"), "x.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x.txt:2")
        .hasMessageContaining("unknown word class 'verb'")
        .hasMessageContaining("trans_verb");
    assertThatThrownBy(() -> en.withLines(List.of("birds"), "x.txt"))
        .hasMessageContaining("x.txt:1: expected 'word class [lemma]'");
  }
}
