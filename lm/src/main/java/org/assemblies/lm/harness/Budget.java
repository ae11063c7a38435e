package org.assemblies.lm.harness;

/**
 * When training stops: after {@code steps} steps, {@code tokens} tokens read, or {@code seconds}
 * of training, whichever comes first (0 = no limit of that kind; at least one must be set).
 *
 * @param steps optimizer steps (batches)
 * @param tokens positions read (sum of sequence lengths)
 * @param seconds training time (evaluation and checkpoints excluded)
 */
public record Budget(long steps, long tokens, double seconds) {

  public Budget {
    if (steps < 0) {
      throw new IllegalArgumentException("steps=" + steps + " must be ≥ 0");
    }
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens=" + tokens + " must be ≥ 0");
    }
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("seconds=" + seconds + " must be finite and ≥ 0");
    }
    if (steps == 0 && tokens == 0 && seconds == 0) {
      throw new IllegalArgumentException("a budget needs steps, tokens or seconds > 0");
    }
  }

  public static Budget steps(long steps) {
    return new Budget(steps, 0, 0);
  }

  /** Whether training that has done this much must stop. */
  public boolean spent(long doneSteps, long doneTokens, double doneSeconds) {
    return (steps > 0 && doneSteps >= steps) || (tokens > 0 && doneTokens >= tokens)
        || (seconds > 0 && doneSeconds >= seconds);
  }

  /** Fraction of the budget used (the largest of the limited kinds), for progress bars. */
  public double fraction(long doneSteps, long doneTokens, double doneSeconds) {
    double f = 0;
    if (steps > 0) {
      f = Math.max(f, doneSteps / (double) steps);
    }
    if (tokens > 0) {
      f = Math.max(f, doneTokens / (double) tokens);
    }
    if (seconds > 0) {
      f = Math.max(f, doneSeconds / seconds);
    }
    return Math.min(1, f);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (steps > 0) {
      sb.append(steps).append(" steps");
    }
    if (tokens > 0) {
      sb.append(sb.isEmpty() ? "" : " / ").append(tokens).append(" tokens");
    }
    if (seconds > 0) {
      sb.append(sb.isEmpty() ? "" : " / ").append(seconds).append(" s");
    }
    return sb.toString();
  }
}
