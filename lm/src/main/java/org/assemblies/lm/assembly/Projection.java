package org.assemblies.lm.assembly;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The fixed random connectome from the token area to the local area (each token-area neuron
 * projects to {@code round(p · neurons)} distinct local neurons), and the synaptic input it gives
 * each token type's assembly: {@code P_v = W · a(v)}, kept sparse as (neuron, synapse count).
 * Not trained.
 */
final class Projection {

  private final int[][] targets;
  private final TokenAssemblies tokens;
  private final int neurons;
  private final int[][] inputIndex;
  private final float[][] inputCount;

  Projection(TokenAssemblies tokens, int tokenNeurons, int neurons, double p, int vocabulary,
      long seed) {
    this.tokens = tokens;
    this.neurons = neurons;
    int fanout = (int) Math.max(1, Math.min(neurons, Math.round(p * neurons)));
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed ^ 0x51C3_0B8E_6D29_F471L);
    targets = new int[tokenNeurons][];
    for (int i = 0; i < tokenNeurons; i++) {
      targets[i] = TokenAssemblies.subset(rng, neurons, fanout);
    }
    inputIndex = new int[vocabulary][];
    inputCount = new float[vocabulary][];
  }

  /** Neurons of the local area that token {@code v}'s assembly reaches, ascending. */
  int[] index(int v) {
    build(v);
    return inputIndex[v];
  }

  /** Synapse counts matching {@link #index(int)}. */
  float[] count(int v) {
    build(v);
    return inputCount[v];
  }

  private void build(int v) {
    if (inputIndex[v] != null) {
      return;
    }
    int[] c = new int[neurons];
    for (int i : tokens.of(v)) {
      for (int j : targets[i]) {
        c[j]++;
      }
    }
    int m = 0;
    for (int x : c) {
      if (x > 0) {
        m++;
      }
    }
    int[] idx = new int[m];
    float[] cnt = new float[m];
    m = 0;
    for (int j = 0; j < neurons; j++) {
      if (c[j] > 0) {
        idx[m] = j;
        cnt[m++] = c[j];
      }
    }
    inputCount[v] = cnt;
    inputIndex[v] = idx;
  }
}
