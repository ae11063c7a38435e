package org.assemblies.lm.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.assemblies.lm.LanguageModel;

/**
 * Time and memory per token as the sequence length grows: one {@code logProbabilities} call on a
 * random sequence of each length. A length is skipped, with the reason recorded, when the previous
 * one already took longer than the per-length cap, when extrapolating the measured growth predicts
 * more than the cap, when the output alone (length × vocabulary floats) would not fit in a quarter
 * of the heap, or when the model throws (e.g. a hard maximum length) or runs out of memory.
 *
 * <p>Memory is sampled every few milliseconds while the first call runs: the peak rise of the Java heap
 * in use, and the peak rise of the process's resident memory (which includes native memory such
 * as PyTorch's). Both are coarse (garbage collection, allocator caches); they show the trend.
 */
public final class CostCurve {
  private CostCurve() {}

  /** 256, 512, …, 65 536. */
  public static final List<Integer> LENGTHS =
      List.of(256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536);

  /**
   * The cost at one length.
   *
   * @param length tokens
   * @param seconds wall time of the call (NaN when skipped)
   * @param heapBytes peak rise of the Java heap in use (NaN when skipped)
   * @param rssBytes peak rise of the resident set (NaN when skipped or not on Linux)
   * @param skipped why it was not measured (null when measured)
   */
  public record Cost(int length, double seconds, double heapBytes, double rssBytes, String skipped) {
    public double microsPerToken() {
      return seconds / length * 1e6;
    }

    public boolean measured() {
      return skipped == null;
    }
  }

  /**
   * Measures the lengths in increasing order.
   *
   * @param capSeconds the time allowed per length
   * @param seed the random tokens' seed
   */
  public static List<Cost> measure(LanguageModel model, List<Integer> lengths, double capSeconds, long seed) {
    if (!(capSeconds > 0)) {
      throw new IllegalArgumentException("capSeconds=" + capSeconds + " must be > 0");
    }
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    List<Cost> out = new ArrayList<>();
    String stop = null;
    double prevSeconds = Double.NaN;
    double exponent = 1;
    int prevLength = 0;
    model.logProbabilities(random(rng, model.vocabularySize(), Math.min(256, lengths.get(0)))); // warm-up
    for (int length : lengths) {
      if (stop != null) {
        out.add(new Cost(length, Double.NaN, Double.NaN, Double.NaN, stop));
        continue;
      }
      long outputBytes = 4L * length * model.vocabularySize();
      if (outputBytes > Runtime.getRuntime().maxMemory() / 4) {
        out.add(new Cost(length, Double.NaN, Double.NaN, Double.NaN, String.format(
            "output of %d × %d floats exceeds a quarter of the heap", length, model.vocabularySize())));
        continue;
      }
      if (!Double.isNaN(prevSeconds)) {
        double predicted = prevSeconds * Math.pow(length / (double) prevLength, Math.max(1, exponent));
        if (predicted > capSeconds) {
          stop = String.format("predicted %.1f s at length %d > cap %.0f s", predicted, length, capSeconds);
          out.add(new Cost(length, Double.NaN, Double.NaN, Double.NaN, stop));
          continue;
        }
      }
      int[] tokens = random(rng, model.vocabularySize(), length);
      Cost c = once(model, tokens, capSeconds / 3);
      out.add(c);
      if (!c.measured()) {
        stop = c.skipped();
        continue;
      }
      if (!Double.isNaN(prevSeconds) && prevSeconds > 0.05) {
        exponent = Math.log(c.seconds() / prevSeconds) / Math.log(length / (double) prevLength);
      }
      if (c.seconds() > capSeconds) {
        stop = String.format("length %d took %.1f s > cap %.0f s", length, c.seconds(), capSeconds);
      }
      prevSeconds = c.seconds();
      prevLength = length;
    }
    return out;
  }

  /**
   * The growth exponent b of time ∝ length^b, fitted (least squares in log–log) to the longest
   * four measured lengths of at least 1024 — the asymptotic regime: shorter lengths are dominated
   * by fixed costs, and the step where the output (length × vocabulary floats) leaves the caches
   * is behind; NaN with fewer than two such points.
   */
  public static double exponent(List<Cost> costs) {
    List<Cost> use = new ArrayList<>();
    for (Cost c : costs) {
      if (c.measured() && c.length() >= 1024 && c.seconds() > 0) {
        use.add(c);
      }
    }
    if (use.size() > 4) {
      use = use.subList(use.size() - 4, use.size());
    }
    if (use.size() < 2) {
      return Double.NaN;
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int n = use.size();
    for (Cost c : use) {
      double x = Math.log(c.length());
      double y = Math.log(c.seconds());
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  /** The longest measured length, or 0. */
  public static int longest(List<Cost> costs) {
    int m = 0;
    for (Cost c : costs) {
      if (c.measured()) {
        m = Math.max(m, c.length());
      }
    }
    return m;
  }

  private static Cost once(LanguageModel model, int[] tokens, double capSeconds) {
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heap0 = mem.getHeapMemoryUsage().getUsed();
    long rss0 = rss();
    long[] peak = {heap0, rss0};
    Thread sampler = Thread.ofPlatform().daemon().start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak[0] = Math.max(peak[0], mem.getHeapMemoryUsage().getUsed());
        peak[1] = Math.max(peak[1], rss());
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    try {
      // memory: the first call; time: the fastest of at least three calls, repeated while they
      // take under 0.3 s together (timer, garbage collection and other processes on a shared
      // machine only ever add time), fewer when one call takes over a third of the cap
      long t0 = System.nanoTime();
      float[][] lp = model.logProbabilities(tokens);
      double s = (System.nanoTime() - t0) / 1e9;
      sampler.interrupt();
      sampler.join();
      if (lp.length != tokens.length) {
        return new Cost(tokens.length, Double.NaN, Double.NaN, Double.NaN,
            "returned " + lp.length + " positions");
      }
      double total = s;
      for (int calls = 1; calls < 20 && (total < 0.3 || calls < 3) && total < capSeconds; calls++) {
        long t1 = System.nanoTime();
        model.logProbabilities(tokens);
        double once = (System.nanoTime() - t1) / 1e9;
        s = Math.min(s, once);
        total += once;
      }
      return new Cost(tokens.length, s, peak[0] - heap0, rss0 < 0 ? Double.NaN : peak[1] - rss0, null);
    } catch (OutOfMemoryError e) {
      return new Cost(tokens.length, Double.NaN, Double.NaN, Double.NaN, "out of memory");
    } catch (RuntimeException e) {
      return new Cost(tokens.length, Double.NaN, Double.NaN, Double.NaN,
          "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Cost(tokens.length, Double.NaN, Double.NaN, Double.NaN, "interrupted");
    } finally {
      sampler.interrupt();
    }
  }

  private static final Path STATM = Path.of("/proc/self/statm");

  /** Resident set size in bytes (Linux), or −1. */
  private static long rss() {
    try {
      String[] f = Files.readString(STATM).trim().split("\\s+");
      return Long.parseLong(f[1]) * 4096L;
    } catch (Exception e) {
      return -1;
    }
  }

  private static int[] random(UniformRandomProvider rng, int vocabulary, int length) {
    int[] t = new int[length];
    for (int i = 0; i < length; i++) {
      t[i] = rng.nextInt(vocabulary);
    }
    return t;
  }
}
