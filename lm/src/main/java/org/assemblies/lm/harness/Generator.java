package org.assemblies.lm.harness;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.assemblies.lm.LanguageModel;

/** Samples a continuation from any {@link LanguageModel}, token by token. */
public final class Generator {
  private Generator() {}

  /**
   * {@code count} tokens after {@code prompt}, each drawn from the model's next-token distribution
   * at {@code temperature} (0 = greedy). Reads at most the last {@code context} tokens.
   */
  public static int[] generate(LanguageModel model, int[] prompt, int count, double temperature,
      int context, long seed) {
    if (prompt.length == 0) {
      throw new IllegalArgumentException("the prompt is empty");
    }
    if (!(temperature >= 0)) {
      throw new IllegalArgumentException("temperature=" + temperature + " must be ≥ 0");
    }
    if (context < 1) {
      throw new IllegalArgumentException("context=" + context + " must be ≥ 1");
    }
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
    int[] seq = Arrays.copyOf(prompt, prompt.length + count);
    for (int i = prompt.length; i < seq.length; i++) {
      int from = Math.max(0, i - context);
      float[][] lp = model.logProbabilities(Arrays.copyOfRange(seq, from, i));
      seq[i] = sample(lp[lp.length - 1], temperature, rng);
    }
    return Arrays.copyOfRange(seq, prompt.length, seq.length);
  }

  static int sample(float[] logp, double temperature, UniformRandomProvider rng) {
    int best = 0;
    for (int v = 1; v < logp.length; v++) {
      if (logp[v] > logp[best]) {
        best = v;
      }
    }
    if (temperature == 0) {
      return best;
    }
    double[] w = new double[logp.length];
    double sum = 0;
    for (int v = 0; v < logp.length; v++) {
      w[v] = Math.exp((logp[v] - logp[best]) / temperature);
      sum += w[v];
    }
    double u = rng.nextDouble() * sum;
    for (int v = 0; v < w.length; v++) {
      u -= w[v];
      if (u < 0) {
        return v;
      }
    }
    return best;
  }
}
