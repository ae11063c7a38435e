package org.assemblies.cli;

import java.util.function.Supplier;

/**
 * Wall time spent inside simulation calls only ({@link System#nanoTime} around them), not in
 * JVM start-up, recording, progress display or I/O.
 */
final class SimClock {
  private long total;
  private long startedAt = -1;

  void start() {
    if (startedAt < 0) {
      startedAt = System.nanoTime();
    }
  }

  void stop() {
    if (startedAt >= 0) {
      total += System.nanoTime() - startedAt;
      startedAt = -1;
    }
  }

  <T> T time(Supplier<T> call) {
    start();
    try {
      return call.get();
    } finally {
      stop();
    }
  }

  void time(Runnable call) {
    start();
    try {
      call.run();
    } finally {
      stop();
    }
  }

  long nanos() {
    return total + (startedAt >= 0 ? System.nanoTime() - startedAt : 0);
  }

  double seconds() {
    return nanos() / 1e9;
  }
}
