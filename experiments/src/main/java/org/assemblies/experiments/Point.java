package org.assemblies.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One point of a sweep: the swept values (e.g. {@code beta = 0.05}); empty when nothing is swept. */
public record Point(Map<String, Object> values) {
  public static final Point NONE = new Point(Map.of());

  public Point {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Point of(String name, Object value) {
    return new Point(Map.of(name, value));
  }

  public double num(String name) {
    return ((Number) values.get(name)).doubleValue();
  }

  public int integer(String name) {
    return ((Number) values.get(name)).intValue();
  }

  /** "beta=0.05" (or "" for no sweep). */
  public String label() {
    StringBuilder sb = new StringBuilder();
    values.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
    return sb.toString();
  }
}
