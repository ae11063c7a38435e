package org.assemblies.core;

/** Validation of user input, with messages that name the parameter, its value and the range. */
final class Checks {
  private Checks() {}

  static void probability(String name, double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException(name + "=" + p + " must be in (0, 1]");
    }
  }

  static void beta(String name, double beta) {
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException(name + "=" + beta + " must be finite and ≥ 0");
    }
  }

  /**
   * An explicit area holds a few arrays of n entries per area and stimulus; refuse sizes that
   * cannot fit in this JVM's heap rather than fail later with an OutOfMemoryError.
   */
  static void explicitMemory(String name, int n, int areas, int stimuli) {
    long bytes = (long) n * (8 + 4 + 2 + 4L * stimuli + 3L * 8 * areas);
    long max = Runtime.getRuntime().maxMemory();
    if (bytes > max / 2) {
      throw new IllegalArgumentException(String.format(
          "explicit area '%s' with n=%d needs about %.1f GiB but the JVM heap is %.1f GiB "
              + "(raise -Xmx, or use a lazy area)",
          name, n, bytes / 1073741824.0, max / 1073741824.0));
    }
  }
}
