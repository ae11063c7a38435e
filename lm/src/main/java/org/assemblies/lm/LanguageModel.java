package org.assemblies.lm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A next-token model on the scorecard: n-gram and compressor baselines, the DJL transformer and
 * the assembly language model all implement it, so one harness trains, evaluates and times them.
 */
public interface LanguageModel extends AutoCloseable {

  /** Name on the scorecard, including the variant, e.g. {@code "transformer+conv"}. */
  String name();

  /** Size of the token vocabulary. */
  int vocabularySize();

  /**
   * One learning step on a batch (a gradient step, or Hebbian/count updates for models without
   * gradients). Every position of a sequence is computed in one pass.
   *
   * @return the mean cross-entropy in nats over the batch's scored targets, before the update
   */
  double trainStep(List<Example> batch);

  /**
   * Next-token log-probabilities (natural log) at every position:
   * {@code result[i][v] = ln P(next = v | tokens[0..i])}.
   */
  float[][] logProbabilities(int[] tokens);

  /** Number of trained parameters, embeddings included. */
  long parameters();

  /** Number of trained parameters outside the token embedding and the output layer tied to it. */
  long nonEmbeddingParameters();

  /** Size of the state carried from one token to the next at inference, in numbers (0 if none). */
  long stateSize();

  /**
   * Design properties the model declares for the scorecard's must-have columns that are not
   * measurements (spec/lm-lab.md §2). Keys, each optional: {@code parallelTraining} (is there a
   * per-timestep loop in the training step?), {@code maxLength} ("none" or the hard limit),
   * {@code taskSpecificRules}, {@code mechanism} (what it is, and whether it is an existing one),
   * {@code binding} (asymmetric key→value binding). The scorecard shows them marked as declared.
   */
  default Map<String, String> properties() {
    return Map.of();
  }

  /**
   * Whether one pass over a fixed training set teaches this model all it can (an n-gram's counts
   * are exact after it): the trainer then stops after one epoch rather than count the same text
   * again, which would only sharpen the counts (and, for Kneser–Ney, starve unseen events).
   */
  default boolean exactAfterOneEpoch() {
    return false;
  }

  /** Writes a checkpoint into {@code directory} (created if needed), atomically. */
  void save(Path directory) throws IOException;

  /** Releases native memory (DJL); a no-op for pure-Java models. */
  @Override
  default void close() {}
}
