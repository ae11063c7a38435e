package org.assemblies.lm.baselines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compressor baselines: the bits per character gzip and bzip2 spend on the held-out text, at their
 * highest level, measured two ways:
 *
 * <ul>
 *   <li><b>alone</b>: size(test) · 8 / characters(test) — the test text compressed by itself;</li>
 *   <li><b>conditional</b>: (size(train + test) − size(train)) · 8 / characters(test) — the extra
 *       bits the held-out tenth costs after the training text, which, like a model, has seen the
 *       training text (the figures of shared/data/README.md are of this kind).</li>
 * </ul>
 *
 * gzip is java.util.zip (DEFLATE level 9); the JDK has no bzip2 and the lab adds no library, so
 * bzip2 runs the {@code bzip2} command when it is installed, and is reported unavailable otherwise.
 */
public final class Compressors {
  private Compressors() {}

  /**
   * A compressor's figures.
   *
   * @param name "gzip -9" or "bzip2 -9"
   * @param alone bits per character of the test text compressed alone (NaN when unavailable)
   * @param conditional bits per character of the test text after the training text (NaN when
   *     unavailable)
   * @param note how it was measured, or why it is unavailable
   */
  public record Result(String name, double alone, double conditional, String note) {
    public boolean available() {
      return !Double.isNaN(alone);
    }
  }

  /** gzip -9 of {@code test}, alone and after {@code train}. */
  public static Result gzip(String train, String test) {
    long a = gzipSize(bytes(test));
    long c = gzipSize(bytes(train + test)) - gzipSize(bytes(train));
    int n = characters(test);
    return new Result("gzip -9", 8.0 * a / n, 8.0 * c / n, "java.util.zip, DEFLATE level 9");
  }

  /** bzip2 -9 of {@code test}, alone and after {@code train}; NaN with a note without the command. */
  public static Result bzip2(String train, String test) {
    try {
      long a = bzip2Size(bytes(test));
      long c = bzip2Size(bytes(train + test)) - bzip2Size(bytes(train));
      int n = characters(test);
      return new Result("bzip2 -9", 8.0 * a / n, 8.0 * c / n, "the bzip2 command, -9");
    } catch (IOException e) {
      return new Result("bzip2 -9", Double.NaN, Double.NaN, "unavailable: " + e.getMessage());
    }
  }

  static long gzipSize(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      gz.write(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  static long bzip2Size(byte[] in) throws IOException {
    Process p;
    try {
      p = new ProcessBuilder("bzip2", "-9", "-c").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new IOException("no bzip2 command on the PATH");
    }
    try {
      Thread writer = Thread.ofVirtual().start(() -> {
        try (OutputStream os = p.getOutputStream()) {
          os.write(in);
        } catch (IOException ignored) {
          // the exit status reports the failure
        }
      });
      long size;
      try (InputStream is = p.getInputStream()) {
        size = is.transferTo(OutputStream.nullOutputStream());
      }
      writer.join();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("the bzip2 command failed");
      }
      return size;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } finally {
      p.destroy();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static int characters(String text) {
    int n = text.codePointCount(0, text.length());
    if (n == 0) {
      throw new IllegalArgumentException("test text is empty");
    }
    return n;
  }
}
