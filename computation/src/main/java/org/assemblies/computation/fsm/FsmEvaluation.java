package org.assemblies.computation.fsm;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.Row;

/** Runs a trained machine on random inputs and scores it against its table. */
final class FsmEvaluation {
  private FsmEvaluation() {}

  /**
   * Random inputs of 1…maxLength symbols (excluding the end symbol, when the machine has one)
   * followed by the end symbol; one row per input: length, whether the accept/reject decision is
   * right, whether every visited state is decoded right, and the smallest overlap with the true
   * state along the way.
   */
  static List<Row> score(NeuralFsm m, int strings, int maxLength, long seed, Object... prefix) {
    Dfa dfa = m.dfa();
    int end = dfa.symbols().indexOf("□");
    int alphabet = end >= 0 ? end : dfa.symbols().size();
    UniformRandomProvider rng = Seeds.stream(seed, 77);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < strings; i++) {
      int len = 1 + rng.nextInt(maxLength);
      int[] input = new int[end >= 0 ? len + 1 : len];
      for (int j = 0; j < len; j++) {
        input[j] = rng.nextInt(alphabet);
      }
      if (end >= 0) {
        input[len] = end;
      }
      NeuralFsm.Run run = m.run(input);
      List<Integer> truth = dfa.run(input);
      boolean allStates = true;
      double minOverlap = 1;
      for (int j = 0; j < truth.size(); j++) {
        allStates &= run.decoded()[j] == truth.get(j);
        minOverlap = Math.min(minOverlap, run.overlaps()[j][truth.get(j)]);
      }
      boolean decision = dfa.accepting().contains(run.last()) == dfa.accepting().contains(truth.get(truth.size() - 1));
      Object[] kv = new Object[prefix.length + 8];
      System.arraycopy(prefix, 0, kv, 0, prefix.length);
      int o = prefix.length;
      kv[o] = "length";
      kv[o + 1] = len;
      kv[o + 2] = "decisionCorrect";
      kv[o + 3] = decision ? 1 : 0;
      kv[o + 4] = "allStatesCorrect";
      kv[o + 5] = allStates ? 1 : 0;
      kv[o + 6] = "minOverlapWithTrueState";
      kv[o + 7] = minOverlap;
      rows.add(Row.of(kv));
    }
    return rows;
  }
}
