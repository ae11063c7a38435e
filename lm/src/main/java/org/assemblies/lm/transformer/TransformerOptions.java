package org.assemblies.lm.transformer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sizes and training settings of a {@link TransformerModel}, as given by {@code key=value} options.
 *
 * <ul>
 *   <li>{@code d_model} width of the residual stream (default 64);
 *   <li>{@code heads} attention heads, dividing {@code d_model} (default 4);
 *   <li>{@code mlp} hidden width of the MLP (default 4·d_model);
 *   <li>{@code lr} Adam learning rate (default 0.003);
 *   <li>{@code clip} global gradient-norm clip, 0 for none (default 1);
 *   <li>{@code conv} width of the causal depthwise convolution before attention, {@code
 *       transformer+conv} only (default 3; 2 is a learned token shift).
 * </ul>
 *
 * @param dModel residual width
 * @param heads attention heads
 * @param mlp MLP hidden width
 * @param lr Adam learning rate
 * @param clip gradient-norm clip (0: none)
 * @param conv convolution width, 0 for the plain transformer
 */
public record TransformerOptions(int dModel, int heads, int mlp, double lr, double clip, int conv) {

  /** Option keys of the plain transformer. */
  static final List<String> KEYS = List.of("d_model", "heads", "mlp", "lr", "clip");

  /** Option keys of the transformer with convolution. */
  static final List<String> CONV_KEYS = List.of("d_model", "heads", "mlp", "lr", "clip", "conv");

  /** Validates every field. */
  public TransformerOptions {
    check("d_model", dModel, 1, 4096);
    check("heads", heads, 1, dModel);
    if (dModel % heads != 0) {
      throw new IllegalArgumentException("heads " + heads + " must divide d_model " + dModel);
    }
    check("mlp", mlp, 1, 1 << 16);
    if (!(lr > 0 && lr < 1)) {
      throw new IllegalArgumentException("lr " + lr + " must be in (0, 1)");
    }
    if (!(clip >= 0 && clip < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("clip " + clip + " must be finite and >= 0 (0: no clipping)");
    }
    if (conv != 0) {
      check("conv", conv, 2, 64);
    }
  }

  /**
   * Parses {@code key=value} options over the defaults.
   *
   * @param options the given options; a key not in {@link #KEYS} (or {@link #CONV_KEYS} with
   *     convolution) is an error naming it and the valid keys
   * @param withConv whether this is {@code transformer+conv}
   */
  public static TransformerOptions parse(Map<String, String> options, boolean withConv) {
    List<String> valid = withConv ? CONV_KEYS : KEYS;
    for (String key : options.keySet()) {
      if (!valid.contains(key)) {
        throw new IllegalArgumentException("unknown option '" + key + "' for "
            + (withConv ? "transformer+conv" : "transformer") + "; valid options: " + valid);
      }
    }
    int d = intOption(options, "d_model", 64);
    return new TransformerOptions(d, intOption(options, "heads", 4), intOption(options, "mlp", 4 * d),
        doubleOption(options, "lr", 3e-3), doubleOption(options, "clip", 1.0),
        withConv ? intOption(options, "conv", 3) : 0);
  }

  /** The options as {@code key=value} pairs that {@link #parse} reads back to this record. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("d_model", Integer.toString(dModel));
    m.put("heads", Integer.toString(heads));
    m.put("mlp", Integer.toString(mlp));
    m.put("lr", Double.toString(lr));
    m.put("clip", Double.toString(clip));
    if (conv > 0) {
      m.put("conv", Integer.toString(conv));
    }
    return m;
  }

  /** Width of one attention head. */
  public int headSize() {
    return dModel / heads;
  }

  private static void check(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " " + value + " must be in [" + min + ", " + max + "]");
    }
  }

  private static int intOption(Map<String, String> options, String key, int fallback) {
    String s = options.get(key);
    if (s == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + "='" + s + "' is not an integer", e);
    }
  }

  private static double doubleOption(Map<String, String> options, String key, double fallback) {
    String s = options.get(key);
    if (s == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + key + "='" + s + "' is not a number", e);
    }
  }
}
