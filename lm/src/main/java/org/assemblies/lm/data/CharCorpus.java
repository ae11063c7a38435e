package org.assemblies.lm.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.assemblies.lm.Example;

/**
 * A text as a sequence of character ids: the {@link Vocabulary} of its distinct characters
 * (Unicode code points, sorted), and the 90/10 split of spec/lm-lab.md §1 — the first nine tenths
 * train, the held-out last tenth tests.
 */
public final class CharCorpus {
  /** The corpus vendored with the lab (Moby Dick, public-domain text; see the resource's PROVENANCE). */
  public static final String MOBY_DICK = "mobydick";

  private final String name;
  private final String text;
  private final Vocabulary vocabulary;
  private final int[] ids;
  private final int split;

  private CharCorpus(String name, String text) {
    if (text.codePointCount(0, text.length()) < 20) {
      throw new IllegalArgumentException("corpus '" + name + "' has " + text.length()
          + " characters; at least 20 are needed for a 90/10 split");
    }
    this.name = name;
    this.text = text;
    this.vocabulary = Vocabulary.of(text);
    this.ids = vocabulary.encode(text);
    this.split = (int) (ids.length * 9L / 10);
  }

  /** A corpus of this text. */
  public static CharCorpus of(String name, String text) {
    return new CharCorpus(name, text);
  }

  /** {@value #MOBY_DICK} (vendored), or the text file at this path (plain UTF-8 or gzip). */
  public static CharCorpus named(String nameOrPath) throws IOException {
    if (MOBY_DICK.equals(nameOrPath)) {
      return mobyDick();
    }
    Path p = Path.of(nameOrPath);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("corpus '" + nameOrPath + "' is neither '" + MOBY_DICK
          + "' nor a readable file");
    }
    return load(p);
  }

  /** Reads a UTF-8 text file, gunzipping it when it starts with the gzip magic bytes. */
  public static CharCorpus load(Path file) throws IOException {
    String base = file.getFileName().toString().replaceFirst("\\.gz$", "").replaceFirst("\\.txt$", "");
    try (InputStream in = Files.newInputStream(file)) {
      return of(base, read(in));
    }
  }

  /** Moby Dick (1.19 M characters), from the lab's resources. */
  public static CharCorpus mobyDick() {
    try (InputStream in = CharCorpus.class.getResourceAsStream("mobydick.txt.gz")) {
      if (in == null) {
        throw new IllegalStateException("resource mobydick.txt.gz missing from the lm module");
      }
      return of(MOBY_DICK, read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(InputStream raw) throws IOException {
    byte[] bytes = raw.readAllBytes();
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 3);
        gz.transferTo(out);
        bytes = out.toByteArray();
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  public String name() {
    return name;
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Number of characters. */
  public int length() {
    return ids.length;
  }

  /** The training part: the first 90 % of the characters (a copy). */
  public int[] train() {
    return java.util.Arrays.copyOfRange(ids, 0, split);
  }

  /** The held-out last 10 % of the characters (a copy). */
  public int[] test() {
    return java.util.Arrays.copyOfRange(ids, split, ids.length);
  }

  /** The training nine tenths as text. */
  public String trainText() {
    return text.substring(0, text.offsetByCodePoints(0, split));
  }

  /** The held-out tenth as text (what the compressors compress). */
  public String testText() {
    int start = text.offsetByCodePoints(0, split);
    return text.substring(start);
  }

  /**
   * Consecutive non-overlapping windows of {@code data}: tokens {@code data[s..s+window)}, targets
   * the next characters {@code data[s+1..s+window]}; every character but the first is a target
   * exactly once (the last window may be shorter).
   */
  public static List<Example> windows(int[] data, int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window=" + window + " must be ≥ 1");
    }
    List<Example> out = new ArrayList<>();
    for (int s = 0; s + 1 < data.length; s += window) {
      int len = Math.min(window, data.length - 1 - s);
      out.add(new Example(java.util.Arrays.copyOfRange(data, s, s + len),
          java.util.Arrays.copyOfRange(data, s + 1, s + 1 + len)));
    }
    return out;
  }
}
