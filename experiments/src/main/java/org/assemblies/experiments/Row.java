package org.assemblies.experiments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of an experiment's data: named values (numbers or text), in column order. */
public record Row(Map<String, Object> values) {

  public Row {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A row from alternating names and values: {@code Row.of("round", 3, "support", 954)}. */
  public static Row of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Row.of needs name/value pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Row(m);
  }

  /** This row with more values in front (the runner adds the trial's identity). */
  public Row prefixedWith(Map<String, Object> first) {
    Map<String, Object> m = new LinkedHashMap<>(first);
    m.putAll(values);
    return new Row(m);
  }

  /** This row with one more value at the end. */
  public Row with(String name, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(values);
    m.put(name, value);
    return new Row(m);
  }

  public double num(String name) {
    Object v = values.get(name);
    if (!(v instanceof Number n)) {
      throw new IllegalArgumentException("row has no number '" + name + "': " + values);
    }
    return n.doubleValue();
  }

  public String str(String name) {
    return String.valueOf(values.get(name));
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }
}
