package org.assemblies.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The rows of an experiment's trials. Each row carries the runner's columns ({@code trial},
 * {@code seedIndex}, {@code seed}, the sweep point's values) before the experiment's own.
 */
public record Table(List<Row> rows) {

  public Table {
    rows = List.copyOf(rows);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public Table where(Predicate<Row> keep) {
    return new Table(rows.stream().filter(keep).toList());
  }

  /** Rows whose {@code column} equals {@code value} (numbers compared as doubles). */
  public Table where(String column, Object value) {
    return where(r -> same(r.values().get(column), value));
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    return Objects.equals(a, b);
  }

  public double[] values(String column) {
    return rows.stream().mapToDouble(r -> r.num(column)).toArray();
  }

  /** Distinct values of a column, in order of first appearance. */
  public List<Object> distinct(String column) {
    LinkedHashSet<Object> s = new LinkedHashSet<>();
    rows.forEach(r -> s.add(r.values().get(column)));
    return new ArrayList<>(s);
  }

  /** The rows grouped by a column's value, groups in order of first appearance. */
  public Map<Object, Table> groupBy(String column) {
    Map<Object, List<Row>> m = new LinkedHashMap<>();
    rows.forEach(r -> m.computeIfAbsent(r.values().get(column), x -> new ArrayList<>()).add(r));
    Map<Object, Table> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, new Table(v)));
    return Collections.unmodifiableMap(out);
  }

  /** For each trial, the value of {@code column} in its row where {@code orderColumn} is largest. */
  public double[] lastPerTrial(String orderColumn, String column) {
    return groupBy("trial").values().stream().mapToDouble(t -> {
      Row best = null;
      for (Row r : t.rows) {
        if (best == null || r.num(orderColumn) > best.num(orderColumn)) {
          best = r;
        }
      }
      return best.num(column);
    }).toArray();
  }

  /** Column names in order of first appearance. */
  public List<String> columns() {
    LinkedHashSet<String> c = new LinkedHashSet<>();
    rows.forEach(r -> c.addAll(r.values().keySet()));
    return new ArrayList<>(c);
  }

  /** Mean and sample standard deviation of each group of rows, by the value of {@code x}. */
  public Series series(String x, String y) {
    Map<Object, Table> groups = groupBy(x);
    double[] xs = new double[groups.size()];
    double[] mean = new double[groups.size()];
    double[] sd = new double[groups.size()];
    int i = 0;
    for (Map.Entry<Object, Table> e : groups.entrySet()) {
      xs[i] = ((Number) e.getKey()).doubleValue();
      double[] v = e.getValue().values(y);
      double m = java.util.Arrays.stream(v).average().orElse(Double.NaN);
      mean[i] = m;
      sd[i] = v.length < 2 ? 0 : Math.sqrt(java.util.Arrays.stream(v).map(a -> (a - m) * (a - m)).sum() / (v.length - 1));
      i++;
    }
    return new Series(xs, mean, sd);
  }

  /** y against x as mean ± sd over the rows that share an x. */
  public record Series(double[] x, double[] mean, double[] sd) {}
}
