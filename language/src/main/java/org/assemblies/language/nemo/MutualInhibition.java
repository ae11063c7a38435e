package org.assemblies.language.nemo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assemblies.core.Brain;

/**
 * Mutual inhibition between the areas of a group: of the candidate areas, only the one whose
 * current assembly receives the largest total synaptic input from the firing areas fires; the
 * others stay silent. The total input into area X is
 * {@code Σ_source Σ_{j ∈ winners(source)} Σ_{i ∈ winners(X)} w(j → i)} — the reference's
 * {@code get_total_input} of {@code word_order_int.py}, summed over the firing sources. It reads
 * the synapses only: nothing moves and nothing learns. Ties go to the earlier candidate.
 */
public final class MutualInhibition {
  private MutualInhibition() {}

  /**
   * The outcome of one competition.
   *
   * @param winner the area that fires
   * @param inputs every candidate's total input, in candidate order
   */
  public record Result(String winner, Map<String, Double> inputs) {
    public Result {
      inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /** The winner's input over the runner-up's (infinite with one candidate). */
    public double margin() {
      double w = inputs.get(winner);
      double second = inputs.entrySet().stream().filter(e -> !e.getKey().equals(winner))
          .mapToDouble(Map.Entry::getValue).max().orElse(0);
      return second == 0 ? Double.POSITIVE_INFINITY : w / second;
    }
  }

  /** The total input the current winners of {@code sources} send onto the current winners of {@code target}. */
  public static double totalInput(Brain brain, List<String> sources, String target) {
    return totalInput(brain, sources, target, brain.winners(target).neurons());
  }

  /** The total input the current winners of {@code sources} send onto neurons {@code to} of {@code target}. */
  public static double totalInput(Brain brain, List<String> sources, String target, int[] to) {
    double sum = 0;
    for (String s : sources) {
      for (int j : brain.winners(s).neurons()) {
        for (int i : to) {
          sum += brain.weight(s, j, target, i);
        }
      }
    }
    return sum;
  }

  /**
   * The competition among {@code candidates} (areas holding assemblies) for the input of
   * {@code sources} (areas holding assemblies).
   */
  public static Result compete(Brain brain, List<String> sources, List<String> candidates) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a competition needs at least one candidate area");
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a competition needs at least one firing source area");
    }
    for (String s : sources) {
      if (brain.winners(s).size() == 0) {
        throw new IllegalStateException("source area '" + s + "' has no winners to fire");
      }
    }
    Map<String, Double> inputs = new LinkedHashMap<>();
    String best = null;
    for (String c : candidates) {
      if (brain.winners(c).size() == 0) {
        throw new IllegalStateException("candidate area '" + c + "' holds no assembly to receive input");
      }
      double in = totalInput(brain, sources, c);
      inputs.put(c, in);
      if (best == null || in > inputs.get(best)) {
        best = c;
      }
    }
    return new Result(best, inputs);
  }
}
