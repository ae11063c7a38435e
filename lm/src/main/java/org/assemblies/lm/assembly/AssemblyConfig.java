package org.assemblies.lm.assembly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every design choice of the assembly language model as one validated value, parsed from the
 * {@code key=value} options of {@link AssemblyModelFactory} (docs/design/assembly-lm.md).
 *
 * @param tokens how a token type gets its assembly: {@code random} (a seeded table of k-subsets)
 *     or {@code hashed} (computed from a hash of the token id, no table)
 * @param tokenNeurons neurons of the token area
 * @param tokenCap neurons per token assembly (and the cap of the global area and the memory)
 * @param local whether the local area is used
 * @param neurons neurons of the local area
 * @param cap cap (winners) of the local area
 * @param p connection probability of the fixed random projection token area → local area
 * @param window tokens integrated by the local area
 * @param localDecay weight ratio between successive tokens of the local window
 * @param global whether the global (slow) area is used
 * @param globalDecay decay per token of the global area
 * @param memory whether the Hebbian key→value memory is used
 * @param memoryKey what serves as key and query: {@code token} (the token assembly) or
 *     {@code local} (the local-area assembly)
 * @param memoryDecay decay per token of the memory (1 = no forgetting)
 * @param tokenFeature whether the current token's assembly feeds the readout
 * @param readout {@code linear} (trained softmax) or {@code overlap} (no parameters)
 * @param overlapBeta logit per overlapping neuron of the overlap readout
 * @param optimizer {@code adam} or {@code sgd}
 * @param lr learning rate
 * @param chunk positions per chunk of the one-pass scan
 */
public record AssemblyConfig(
    String tokens,
    int tokenNeurons,
    int tokenCap,
    boolean local,
    int neurons,
    int cap,
    double p,
    int window,
    double localDecay,
    boolean global,
    double globalDecay,
    boolean memory,
    String memoryKey,
    double memoryDecay,
    boolean tokenFeature,
    String readout,
    double overlapBeta,
    String optimizer,
    double lr,
    int chunk) {

  /** The defaults, as {@code key=value} strings (the order used by {@link #toOptions()}). */
  public static final Map<String, String> DEFAULTS = defaults();

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("tokens", "random");
    d.put("tokenNeurons", "512");
    d.put("tokenCap", "16");
    d.put("local", "true");
    d.put("neurons", "16384");
    d.put("cap", "48");
    d.put("p", "0.012");
    d.put("window", "4");
    d.put("localDecay", "0.7");
    d.put("global", "true");
    d.put("globalDecay", "0.98");
    d.put("memory", "true");
    d.put("memoryKey", "token");
    d.put("memoryDecay", "1.0");
    d.put("tokenFeature", "true");
    d.put("readout", "linear");
    d.put("overlapBeta", "0.5");
    d.put("optimizer", "adam");
    d.put("lr", "0.01");
    d.put("chunk", "64");
    return java.util.Collections.unmodifiableMap(d);
  }

  public AssemblyConfig {
    oneOf("tokens", tokens, List.of("random", "hashed"));
    range("tokenNeurons", tokenNeurons, 2, 1 << 20);
    range("tokenCap", tokenCap, 1, tokenNeurons - 1);
    range("neurons", neurons, 2, 1 << 20);
    range("cap", cap, 1, neurons - 1);
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("p = " + p + " must be in (0, 1]");
    }
    range("window", window, 1, 1 << 16);
    unit("localDecay", localDecay);
    unit("globalDecay", globalDecay);
    oneOf("memoryKey", memoryKey, List.of("token", "local"));
    unit("memoryDecay", memoryDecay);
    oneOf("readout", readout, List.of("linear", "overlap"));
    if (!(overlapBeta > 0 && overlapBeta < 100)) {
      throw new IllegalArgumentException("overlapBeta = " + overlapBeta + " must be in (0, 100)");
    }
    oneOf("optimizer", optimizer, List.of("adam", "sgd"));
    if (!(lr > 0 && lr <= 100)) {
      throw new IllegalArgumentException("lr = " + lr + " must be in (0, 100]");
    }
    range("chunk", chunk, 1, 1 << 16);
    if (memory && memoryKey.equals("local") && !local) {
      throw new IllegalArgumentException("memoryKey = local needs local = true");
    }
    if (readout.equals("overlap") && !memory) {
      throw new IllegalArgumentException("readout = overlap reads the memory: it needs memory = true");
    }
    if (readout.equals("linear") && !(tokenFeature || local || global || memory)) {
      throw new IllegalArgumentException("readout = linear needs at least one of tokenFeature, local,"
          + " global, memory = true");
    }
  }

  /** The defaults. */
  public static AssemblyConfig defaultConfig() {
    return of(Map.of());
  }

  /**
   * The configuration given by {@code options} over the defaults.
   *
   * @throws IllegalArgumentException naming an unknown key and the valid ones, or a bad value and
   *     its valid range
   */
  public static AssemblyConfig of(Map<String, String> options) {
    for (String key : options.keySet()) {
      if (!DEFAULTS.containsKey(key)) {
        throw new IllegalArgumentException("unknown assembly option '" + key + "'; valid options: "
            + String.join(", ", DEFAULTS.keySet()));
      }
    }
    Map<String, String> o = new LinkedHashMap<>(DEFAULTS);
    o.putAll(options);
    return new AssemblyConfig(
        o.get("tokens"),
        integer(o, "tokenNeurons"),
        integer(o, "tokenCap"),
        bool(o, "local"),
        integer(o, "neurons"),
        integer(o, "cap"),
        real(o, "p"),
        integer(o, "window"),
        real(o, "localDecay"),
        bool(o, "global"),
        real(o, "globalDecay"),
        bool(o, "memory"),
        o.get("memoryKey"),
        real(o, "memoryDecay"),
        bool(o, "tokenFeature"),
        o.get("readout"),
        real(o, "overlapBeta"),
        o.get("optimizer"),
        real(o, "lr"),
        integer(o, "chunk"));
  }

  /** All options as {@code key=value} strings, so {@code of(toOptions())} equals this. */
  public Map<String, String> toOptions() {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("tokens", tokens);
    o.put("tokenNeurons", Integer.toString(tokenNeurons));
    o.put("tokenCap", Integer.toString(tokenCap));
    o.put("local", Boolean.toString(local));
    o.put("neurons", Integer.toString(neurons));
    o.put("cap", Integer.toString(cap));
    o.put("p", Double.toString(p));
    o.put("window", Integer.toString(window));
    o.put("localDecay", Double.toString(localDecay));
    o.put("global", Boolean.toString(global));
    o.put("globalDecay", Double.toString(globalDecay));
    o.put("memory", Boolean.toString(memory));
    o.put("memoryKey", memoryKey);
    o.put("memoryDecay", Double.toString(memoryDecay));
    o.put("tokenFeature", Boolean.toString(tokenFeature));
    o.put("readout", readout);
    o.put("overlapBeta", Double.toString(overlapBeta));
    o.put("optimizer", optimizer);
    o.put("lr", Double.toString(lr));
    o.put("chunk", Integer.toString(chunk));
    return o;
  }

  /** The options that differ from the defaults, e.g. {@code "memory=false,window=4"} ("" if none). */
  public String variant() {
    AssemblyConfig d = defaultConfig();
    Map<String, String> mine = toOptions();
    Map<String, String> def = d.toOptions();
    StringJoiner j = new StringJoiner(",");
    mine.forEach((k, v) -> {
      if (!v.equals(def.get(k))) {
        j.add(k + "=" + v);
      }
    });
    return j.toString();
  }

  private static int integer(Map<String, String> o, String key) {
    try {
      return Integer.parseInt(o.get(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " = '" + o.get(key) + "' must be an integer", e);
    }
  }

  private static double real(Map<String, String> o, String key) {
    try {
      return Double.parseDouble(o.get(key).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " = '" + o.get(key) + "' must be a number", e);
    }
  }

  private static boolean bool(Map<String, String> o, String key) {
    String v = o.get(key).trim();
    if (v.equals("true") || v.equals("on")) {
      return true;
    }
    if (v.equals("false") || v.equals("off")) {
      return false;
    }
    throw new IllegalArgumentException(key + " = '" + v + "' must be true or false");
  }

  private static void range(String key, int v, int lo, int hi) {
    if (v < lo || v > hi) {
      throw new IllegalArgumentException(key + " = " + v + " must be in [" + lo + ", " + hi + "]");
    }
  }

  private static void unit(String key, double v) {
    if (!(v > 0 && v <= 1)) {
      throw new IllegalArgumentException(key + " = " + v + " must be in (0, 1]");
    }
  }

  private static void oneOf(String key, String v, List<String> valid) {
    if (v == null || !valid.contains(v)) {
      throw new IllegalArgumentException(key + " = '" + v + "' must be one of " + valid);
    }
  }
}
