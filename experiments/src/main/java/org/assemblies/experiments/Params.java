package org.assemblies.experiments;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parameter records: overriding components by name ({@code --set beta=0.1}) and listing them. */
public final class Params {
  private Params() {}

  /** The components of a parameter record, by name, in declaration order (arrays as lists). */
  public static Map<String, Object> toMap(Record params) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (RecordComponent c : params.getClass().getRecordComponents()) {
      Object v = get(c, params);
      if (v instanceof double[] d) {
        v = Arrays.stream(d).boxed().toList();
      } else if (v instanceof int[] a) {
        v = Arrays.stream(a).boxed().toList();
      }
      m.put(c.getName(), v);
    }
    return m;
  }

  /**
   * A copy of {@code params} with the named components replaced by the parsed values. Arrays are
   * written comma-separated ({@code betas=0.05,0.1}). The record's constructor validates.
   */
  @SuppressWarnings("unchecked")
  public static <P extends Record> P with(P params, Map<String, String> overrides) {
    RecordComponent[] comps = params.getClass().getRecordComponents();
    Object[] args = new Object[comps.length];
    for (int i = 0; i < comps.length; i++) {
      args[i] = get(comps[i], params);
    }
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      int i = indexOf(comps, e.getKey());
      if (i < 0) {
        throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "'; parameters: "
            + Arrays.stream(comps).map(RecordComponent::getName).collect(Collectors.joining(", ")));
      }
      args[i] = parse(comps[i], e.getValue());
    }
    try {
      Constructor<?> ctor = params.getClass().getDeclaredConstructor(
          Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new));
      ctor.setAccessible(true);
      return (P) ctor.newInstance(args);
    } catch (InvocationTargetException ex) {
      if (ex.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(ex.getCause());
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException("cannot build " + params.getClass().getSimpleName(), ex);
    }
  }

  /** Parses "key=value" assignments. */
  public static Map<String, String> assignments(List<String> items) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String item : items) {
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--set expects key=value, got '" + item + "'");
      }
      m.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
    }
    return m;
  }

  private static int indexOf(RecordComponent[] comps, String name) {
    for (int i = 0; i < comps.length; i++) {
      if (comps[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static Object parse(RecordComponent c, String text) {
    Class<?> t = c.getType();
    String name = c.getName();
    try {
      if (t == int.class || t == Integer.class) {
        double d = parseNumber(text);
        if (d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
          throw new NumberFormatException();
        }
        return (int) d;
      } else if (t == long.class || t == Long.class) {
        return (long) parseNumber(text);
      } else if (t == double.class || t == Double.class) {
        return Double.parseDouble(text);
      } else if (t == boolean.class || t == Boolean.class) {
        if (!text.equals("true") && !text.equals("false")) {
          throw new NumberFormatException();
        }
        return Boolean.parseBoolean(text);
      } else if (t == String.class) {
        return text;
      } else if (t == double[].class) {
        return Arrays.stream(text.split(",")).map(String::strip).mapToDouble(Double::parseDouble).toArray();
      } else if (t == int[].class) {
        return Arrays.stream(text.split(",")).map(String::strip).mapToInt(s -> (int) parseNumber(s)).toArray();
      } else if (t == List.class && c.getGenericType() instanceof java.lang.reflect.ParameterizedType pt) {
        java.lang.reflect.Type e = pt.getActualTypeArguments()[0];
        List<String> items = Arrays.stream(text.split(",")).map(String::strip).toList();
        if (e == Double.class) {
          return items.stream().map(Double::parseDouble).toList();
        } else if (e == Integer.class) {
          return items.stream().map(x -> (int) parseNumber(x)).toList();
        } else if (e == String.class) {
          return items;
        }
      }
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("parameter " + name + "=" + text + " is not a valid "
          + t.getSimpleName());
    }
    throw new IllegalArgumentException("parameter " + name + " of type " + t.getSimpleName()
        + " cannot be set from the command line");
  }

  /** Integers also as 1e5 or 100_000. */
  private static double parseNumber(String s) {
    double d = Double.parseDouble(s.replace("_", ""));
    if (d != Math.rint(d) || Math.abs(d) > Long.MAX_VALUE / 2.0) {
      throw new NumberFormatException();
    }
    return d;
  }
}
