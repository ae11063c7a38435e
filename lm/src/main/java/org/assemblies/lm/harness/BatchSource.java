package org.assemblies.lm.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assemblies.lm.Example;
import org.assemblies.lm.Task;

/**
 * The training batches, a pure function of the step number, so that a resumed run reads exactly
 * the batches an uninterrupted one would have.
 */
public interface BatchSource {

  /** Tokens of the vocabulary. */
  int vocabularySize();

  /** The batch of step {@code step} (0-based). */
  List<Example> batch(long step);

  /** Steps that read a fixed training set once; 0 when every batch is new (a task's generator). */
  default long epochSteps() {
    return 0;
  }

  /** Batches of {@code batchSize} examples of a task; step s draws from the seed (seed, s). */
  static BatchSource of(Task task, int batchSize, long seed) {
    checkBatch(batchSize);
    return new BatchSource() {
      @Override
      public int vocabularySize() {
        return task.vocabularySize();
      }

      @Override
      public List<Example> batch(long step) {
        return task.samples(mix(seed, step), batchSize);
      }
    };
  }

  /**
   * Batches of a character stream cut into {@code batchSize} contiguous streams; step s takes the
   * s-th window of {@code window} characters of each stream (cycling), so an epoch of
   * {@link #stepsPerEpoch} steps reads every training character once.
   */
  static BatchSource ofStream(int[] data, int vocabulary, int window, int batchSize) {
    checkBatch(batchSize);
    if (window < 1) {
      throw new IllegalArgumentException("window=" + window + " must be ≥ 1");
    }
    long streamLength = (data.length - 1L) / batchSize;
    long perStream = streamLength / window;
    if (perStream < 1) {
      throw new IllegalArgumentException("window=" + window + " × batch=" + batchSize
          + " exceeds the " + data.length + " training characters");
    }
    return new BatchSource() {
      @Override
      public int vocabularySize() {
        return vocabulary;
      }

      @Override
      public long epochSteps() {
        return perStream;
      }

      @Override
      public List<Example> batch(long step) {
        long w = step % perStream;
        List<Example> out = new ArrayList<>(batchSize);
        for (int b = 0; b < batchSize; b++) {
          int s = (int) (b * streamLength + w * window);
          out.add(new Example(Arrays.copyOfRange(data, s, s + window),
              Arrays.copyOfRange(data, s + 1, s + window + 1)));
        }
        return out;
      }
    };
  }

  /**
   * Batches from a fixed training set of {@code examples} examples (Zoology's MQAR trains on 100k),
   * visited in order and cycled; example j is drawn from the seed (seed, j), so the set is never
   * stored.
   */
  static BatchSource ofFixed(Task task, long examples, int batchSize, long seed) {
    checkBatch(batchSize);
    if (examples < 1) {
      throw new IllegalArgumentException("trainExamples=" + examples + " must be ≥ 1");
    }
    return new BatchSource() {
      @Override
      public int vocabularySize() {
        return task.vocabularySize();
      }

      @Override
      public long epochSteps() {
        return (examples + batchSize - 1) / batchSize;
      }

      @Override
      public List<Example> batch(long step) {
        List<Example> out = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
          long j = Math.floorMod(step * batchSize + i, examples);
          out.add(task.samples(mix(seed ^ 0x5DEECE66DL, j), 1).get(0));
        }
        return out;
      }
    };
  }

  /** Steps per epoch of {@link #ofStream}. */
  static long stepsPerEpoch(int dataLength, int window, int batchSize) {
    return (dataLength - 1L) / batchSize / window;
  }

  private static void checkBatch(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch=" + batchSize + " must be ≥ 1");
    }
  }

  /** SplitMix64 of (seed, step): independent-looking seeds per step. */
  static long mix(long seed, long step) {
    long z = seed + (step + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
