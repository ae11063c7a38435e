package org.assemblies.experiments.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOutputTest {
  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.txt");
    AtomicFiles.writeString(f, "old");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write("half".getBytes());
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void csvManifestAndFileList(@TempDir Path dir) throws IOException {
    RunOutput o = RunOutput.create(dir.resolve("x"));
    o.writeCsv("t.csv", List.of("a", "b"), List.of(List.of(1, "x,y"), List.of(2.5, "q\"")));
    assertThat(Files.readAllLines(o.dir().resolve("t.csv")))
        .containsExactly("a,b", "1,\"x,y\"", "2.5,\"q\"\"\"");
    o.writeManifest("test", Map.of("n", 3), 5, Map.of());
    assertThat(o.files()).containsExactly("t.csv", RunOutput.MANIFEST);
    String manifest = Files.readString(o.dir().resolve(RunOutput.MANIFEST));
    assertThat(manifest).contains("\"command\" : \"test\"", "\"seed\" : 5", "\"files\" : [ \"t.csv\" ]");
    assertThatThrownBy(() -> o.writeString("../escape.txt", "no"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
