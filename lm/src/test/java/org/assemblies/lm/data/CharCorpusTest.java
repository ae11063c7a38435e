package org.assemblies.lm.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.assemblies.lm.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharCorpusTest {

  @Test
  void splitsNinetyTenWithTheHeldOutTenthAtTheEnd() {
    String text = "abcdefghij".repeat(10) + "zyxwvutsrq";
    CharCorpus c = CharCorpus.of("t", text);
    assertThat(c.length()).isEqualTo(110);
    assertThat(c.train()).hasSize(99);
    assertThat(c.test()).hasSize(11);
    assertThat(c.testText()).isEqualTo("jzyxwvutsrq");
    assertThat(c.trainText() + c.testText()).isEqualTo(text);
    assertThat(c.vocabulary().decode(c.test())).isEqualTo(c.testText());
    assertThat(c.vocabulary().size()).isEqualTo(20);
  }

  @Test
  void windowsMakeEveryCharacterButTheFirstATargetOnce() {
    int[] data = new int[1000];
    for (int i = 0; i < data.length; i++) {
      data[i] = i % 7;
    }
    List<Example> w = CharCorpus.windows(data, 64);
    int targets = 0;
    for (Example e : w) {
      for (int i = 0; i < e.length(); i++) {
        assertThat(e.targets()[i]).isEqualTo((e.tokens()[i] + 1) % 7);
      }
      targets += e.scoredCount();
    }
    assertThat(targets).isEqualTo(999);
  }

  @Test
  void readsPlainAndGzipFilesAndNonAsciiCharacters(@TempDir Path dir) throws Exception {
    String text = "Call me Ishmael — “naïve” whale. ".repeat(5);
    Path plain = dir.resolve("a.txt");
    Files.writeString(plain, text);
    Path gz = dir.resolve("b.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    CharCorpus a = CharCorpus.named(plain.toString());
    CharCorpus b = CharCorpus.named(gz.toString());
    assertThat(a.vocabulary()).isEqualTo(b.vocabulary());
    assertThat(a.train()).isEqualTo(b.train());
    assertThat(a.vocabulary().decode(a.vocabulary().encode("naïve —"))).isEqualTo("naïve —");
    assertThat(b.name()).isEqualTo("b");
    assertThatThrownBy(() -> a.vocabulary().encode("Q")).hasMessageContaining("'Q'");
    assertThatThrownBy(() -> CharCorpus.named(dir.resolve("none").toString())).hasMessageContaining("none");
  }

  @Test
  void mobyDickIsVendored() {
    CharCorpus c = CharCorpus.mobyDick();
    // the shared data README: Moby Dick, 1.19 M characters
    assertThat(c.length()).isEqualTo(1_189_518);
    assertThat(c.vocabulary().size()).isEqualTo(81);
    assertThat(c.trainText()).startsWith("CHAPTER 1. Loomings.");
  }
}
