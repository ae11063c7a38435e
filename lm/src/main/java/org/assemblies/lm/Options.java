package org.assemblies.lm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code key=value} options of a task or model, read with defaults; a key that is not one of the
 * valid ones, or a value that does not parse, is an {@link IllegalArgumentException} naming it.
 */
public final class Options {
  private final String owner;
  private final Map<String, String> values;

  private Options(String owner, Map<String, String> values) {
    this.owner = owner;
    this.values = values;
  }

  /**
   * @param owner what the options configure, for messages (e.g. "task mqar")
   * @param values the options given
   * @param valid the keys accepted
   */
  public static Options of(String owner, Map<String, String> values, List<String> valid) {
    for (String k : values.keySet()) {
      if (!valid.contains(k)) {
        throw new IllegalArgumentException("unknown option '" + k + "' of " + owner + "; valid: "
            + (valid.isEmpty() ? "none" : String.join(", ", new TreeSet<>(valid))));
      }
    }
    return new Options(owner, new LinkedHashMap<>(values));
  }

  /** Parses {@code key=value} strings (e.g. from the command line). */
  public static Map<String, String> parse(List<String> pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("option '" + p + "' must be key=value");
      }
      m.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
    }
    return m;
  }

  public int getInt(String key, int def) {
    String v = values.get(key);
    if (v == null) {
      return def;
    }
    try {
      return Integer.parseInt(v.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(owner + " option " + key + "=" + v + " must be an integer");
    }
  }

  public double getDouble(String key, double def) {
    String v = values.get(key);
    if (v == null) {
      return def;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(owner + " option " + key + "=" + v + " must be a number");
    }
  }

  public String getString(String key, String def) {
    return values.getOrDefault(key, def);
  }
}
