package org.assemblies.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {
  @TempDir Path dir;

  /** A brain with lazy and explicit areas, two stimuli, custom betas, normalisation and history. */
  static Brain trained(long seed) {
    Brain b = Brain.builder(0.05).seed(seed).recordWinners(true).maxWeight(8).build();
    b.addStimulus("sA", 60).addStimulus("sB", 60);
    b.addArea("A", 20_000, 60, 0.1).addArea("B", 20_000, 60, 0.1).addExplicitArea("E", 3_000, 60, 0.2);
    b.setBeta("B", "A", 0.3).setBeta("A", "sA", 0.02).setIncomingNormalisation("E", 1.0);
    b.project(Projection.builder().stimulus("sA", "A").stimulus("sB", "B", "E").build());
    for (int i = 0; i < 4; i++) {
      b.project(Projection.builder().stimulus("sA", "A").stimulus("sB", "B", "E")
          .area("A", "A", "B").area("B", "B", "E").area("E", "E", "A").build());
    }
    return b;
  }

  static List<Object> continueFor(Brain b, int rounds) {
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      b.project(Projection.builder().stimulus("sA", "A").area("A", "A", "B").area("B", "B", "E")
          .area("E", "E", "A").build());
      for (String a : List.of("A", "B", "E")) {
        seen.add(b.winners(a));
        seen.add(b.support(a));
      }
    }
    seen.add(b.weight("A", 3, "B", 5));
    seen.add(b.stimulusWeight("sA", "A", 7));
    return seen;
  }

  @Test
  void loadedBrainContinuesExactlyAsTheOriginal() throws IOException {
    Brain original = trained(3);
    Path file = dir.resolve("brain.asm");
    original.save(file);
    Brain loaded = Brain.load(file);
    assertThat(loaded.areaNames()).isEqualTo(original.areaNames());
    assertThat(loaded.steps()).isEqualTo(original.steps());
    assertThat(loaded.winnersHistory("A")).isEqualTo(original.winnersHistory("A"));
    assertThat(loaded.betaFrom("B", "A")).isEqualTo(0.3);
    assertThat(loaded.betaFrom("A", "sA")).isEqualTo(0.02);
    assertThat(loaded.maxWeight()).isEqualTo(8);
    assertThat(continueFor(loaded, 6)).isEqualTo(continueFor(original, 6));
    assertThat(loaded.supportHistory("E")).isEqualTo(original.supportHistory("E"));
  }

  @Test
  void copyIsIndependentAndEqual() {
    Brain original = trained(4);
    Brain copy = original.copy();
    List<Object> a = continueFor(copy, 4);
    assertThat(continueFor(original, 4)).isEqualTo(a);
  }

  @Test
  void corruptedFileFailsWithAClearError() throws IOException {
    Path file = dir.resolve("b.asm");
    trained(5).save(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(file, bytes);
    assertThatThrownBy(() -> Brain.load(file))
        .isInstanceOf(CorruptSnapshotException.class).hasMessageContaining("checksum");
  }

  @Test
  void truncatedFileFailsWithAClearError() throws IOException {
    Path file = dir.resolve("b.asm");
    trained(5).save(file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
    assertThatThrownBy(() -> Brain.load(file))
        .isInstanceOf(CorruptSnapshotException.class).hasMessageContaining("truncated");
    Files.write(file, java.util.Arrays.copyOf(bytes, 7));
    assertThatThrownBy(() -> Brain.load(file)).hasMessageContaining("truncated");
  }

  @Test
  void otherFilesAreNotSnapshots() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "these are not the neurons you are looking for");
    assertThatThrownBy(() -> Brain.load(file))
        .isInstanceOf(CorruptSnapshotException.class).hasMessageContaining("not a brain snapshot");
    assertThatThrownBy(() -> Brain.load(dir.resolve("missing.asm")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void failedSaveLeavesThePreviousFileIntactAndNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("b.asm");
    Brain b = trained(6);
    b.save(file);
    byte[] before = Files.readAllBytes(file);
    // a target that is a non-empty directory cannot be replaced: the save must fail cleanly
    Path blocked = dir.resolve("blocked");
    Files.createDirectories(blocked.resolve("inside"));
    assertThatThrownBy(() -> b.save(blocked)).isInstanceOf(IOException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("b.asm", "blocked");
    }
    // saving again over an existing snapshot replaces it with a loadable one
    b.project(Projection.builder().stimulus("sA", "A").build());
    b.save(file);
    assertThat(Brain.load(file).steps()).isEqualTo(b.steps());
  }
}
