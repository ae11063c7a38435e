package org.assemblies.cli;

import org.assemblies.experiments.io.*;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.assemblies.core.Brain;
import org.assemblies.ops.Operations;
import org.assemblies.ops.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Simulation time of the standard cases, against the C++ reference. */
@Command(name = "bench", sortOptions = false,
    description = "Time the simulation of standard cases (p=0.01, beta=0.05, 50 rounds): projection "
        + "at (n, k) = (1e5, 317), (1e6, 1000), (1e7, 3162) and merge at n=1e5. Each case is warmed "
        + "up (JIT) with untimed runs, then timed --repeats times with different seeds. The C++ "
        + "reference (-O2, one core) is shown for comparison.")
final class BenchCommand implements Callable<Integer> {
  /** A benchmark case; cppLow/cppHigh are the C++ reference's seconds (NaN: none). */
  record Case(String name, String operation, int n, int k, double cppLow, double cppHigh) {
    boolean hasCpp() {
      return !Double.isNaN(cppHigh);
    }
  }

  static final double P = 0.01;
  static final double BETA = 0.05;
  static final int ROUNDS = 50;
  static final List<Case> CASES = List.of(
      // C++ reference (cpp/brain.cc at 81e4297, g++ -O2) timed on this kind of machine on
      // 2026-11-22 over 3–5 seeds, same protocols; see BENCHMARKS.md
      new Case("1e5", "project", 100_000, 317, 0.010, 0.016),
      new Case("1e6", "project", 1_000_000, 1000, 0.076, 0.115),
      new Case("1e7", "project", 10_000_000, 3162, 0.98, 1.10),
      new Case("merge", "merge", 100_000, 317, 0.16, 0.26));
  static final Case LARGE = new Case("1e8", "project", 100_000_000, 10_000, Double.NaN, Double.NaN);

  @Spec
  CommandSpec spec;

  @Option(names = "--cases", split = ",", paramLabel = "CASE",
      description = "Cases to run, comma-separated: 1e5, 1e6, 1e7, merge (and 1e8) (default: all but 1e8).")
  List<String> cases;

  @Option(names = "--repeats", paramLabel = "R", description = "Timed runs per case (default: ${DEFAULT-VALUE}).")
  int repeats = 5;

  @Option(names = "--warmups", paramLabel = "W", description = "Untimed runs per case first (default: ${DEFAULT-VALUE}).")
  int warmups = 5;

  @Option(names = "--large", description = "Also run n=1e8, k=10000 once (time and peak heap).")
  boolean large;

  @Option(names = "--json", description = "Print one JSON object on stdout instead of the table.")
  boolean json;

  /** One timed run. */
  record Run(double seconds, int support) {}

  @Override
  public Integer call() {
    SimulationCommand.atLeast("repeats", repeats, 1);
    SimulationCommand.atLeast("warmups", warmups, 0);
    List<Case> selected = select();
    boolean runLarge = large || selected.remove(LARGE);
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      out.println(Text.fit(Text.f("bench: p=%s, beta=%s, %d rounds%s; Java %s, %d cores",
          Plots.number(P), Plots.number(BETA), ROUNDS,
          selected.isEmpty() ? "" : Text.f("; %d warm-up + %d timed runs per case", warmups, repeats),
          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors())));
      out.flush();
    }
    List<Map<String, Object>> results = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    double total = 0;
    for (Case c : selected) {
      for (int i = 0; i < warmups; i++) {
        run(c, 1_000_000L + i);
      }
      double[] secs = new double[repeats];
      int[] supports = new int[repeats];
      for (int i = 0; i < repeats; i++) {
        Run r = run(c, i + 1);
        secs[i] = r.seconds();
        supports[i] = r.support();
        total += r.seconds();
      }
      double median = median(secs);
      double min = Arrays.stream(secs).min().orElseThrow();
      int support = (int) Math.round(median(Arrays.stream(supports).asDoubleStream().toArray()));
      Double ratio = c.hasCpp() ? median / c.cppHigh() : null;
      Map<String, Object> m = caseJson(c);
      m.put("warmups", warmups);
      m.put("repeats", repeats);
      m.put("seconds", secs);
      m.put("medianSeconds", median);
      m.put("minSeconds", min);
      m.put("finalSupports", supports);
      m.put("medianFinalSupport", support);
      m.put("ratioMedianToCppHigh", ratio);
      results.add(m);
      rows.add(List.of(c.name(), c.operation(), Integer.toString(c.n()), Integer.toString(c.k()),
          Text.f("%.4f", median), Text.f("%.4f", min), Integer.toString(support),
          c.hasCpp() ? Text.f("%s–%s", Plots.number(c.cppLow()), Plots.number(c.cppHigh())) : "–",
          ratio == null ? "–" : Text.f("%.1f×", ratio)));
    }
    Map<String, Object> largeJson = null;
    if (runLarge) {
      largeJson = runLarge();
      total += (double) largeJson.get("seconds");
    }
    if (json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("command", "bench");
      j.put("version", VersionInfo.version());
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("cases", selected.stream().map(Case::name).toList());
      params.put("repeats", repeats);
      params.put("warmups", warmups);
      params.put("large", runLarge);
      params.put("p", P);
      params.put("beta", BETA);
      params.put("rounds", ROUNDS);
      j.put("params", params);
      j.put("cases", results);
      if (largeJson != null) {
        j.put("large", largeJson);
      }
      j.put("javaVersion", System.getProperty("java.version"));
      j.put("availableProcessors", Runtime.getRuntime().availableProcessors());
      j.put("simulationSeconds", total);
      out.println(Json.compact(j));
    } else {
      if (!rows.isEmpty()) {
        out.print(Text.fit(Text.table(List.of("case", "operation", "n", "k", "median s", "min s",
            "support", "C++ s", "median/C++ high"), rows)));
      }
      if (largeJson != null) {
        out.println(Text.fit(Text.f("large: n=%d, k=%d, %d rounds: %.2f s, final support %d, "
                + "peak heap used %.2f GiB (max heap %.2f GiB)",
            LARGE.n(), LARGE.k(), ROUNDS, (double) largeJson.get("seconds"), largeJson.get("finalSupport"),
            (long) largeJson.get("peakHeapUsedBytes") / 1073741824.0,
            Runtime.getRuntime().maxMemory() / 1073741824.0)));
      }
      out.println(Text.fit("C++ s: range over seeds of the reference implementation (g++ -O2) on this "
          + "kind of machine (2 cores), measured 2026-11-22; – where there is no reference figure."));
    }
    out.flush();
    return 0;
  }

  private List<Case> select() {
    if (cases == null || cases.isEmpty()) {
      return new ArrayList<>(CASES);
    }
    Set<Case> out = new LinkedHashSet<>();
    for (String name : cases) {
      Case found = null;
      for (Case c : CASES) {
        if (c.name().equalsIgnoreCase(name.trim())) {
          found = c;
        }
      }
      if (LARGE.name().equalsIgnoreCase(name.trim())) {
        found = LARGE;
      }
      if (found == null) {
        throw new IllegalArgumentException("unknown case '" + name + "' of --cases; cases: 1e5, 1e6, 1e7, merge, 1e8");
      }
      out.add(found);
    }
    return new ArrayList<>(out);
  }

  static Run run(Case c, long seed) {
    long t0 = System.nanoTime();
    Brain b = Brain.builder(P).seed(seed).build();
    Trace t;
    String target;
    if (c.operation().equals("merge")) {
      b.addStimulus("stimA", c.k()).addStimulus("stimB", c.k())
          .addArea("A", c.n(), c.k(), BETA).addArea("B", c.n(), c.k(), BETA).addArea("C", c.n(), c.k(), BETA);
      t = Operations.merge(b, "stimA", "A", "stimB", "B", "C", ROUNDS, null);
      target = "C";
    } else {
      b.addStimulus("stim", c.k()).addArea("A", c.n(), c.k(), BETA);
      t = Operations.project(b, "stim", "A", ROUNDS);
      target = "A";
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new Run(secs, t.area(target).finalSupport());
  }

  private Map<String, Object> runLarge() {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(m -> m.getType() == MemoryType.HEAP && m.isValid()).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    Run r = run(LARGE, 1);
    long peak = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum();
    long usedNow = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Map<String, Object> m = caseJson(LARGE);
    m.put("seconds", r.seconds());
    m.put("finalSupport", r.support());
    m.put("peakHeapUsedBytes", Math.max(peak, usedNow));
    m.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
    return m;
  }

  private static Map<String, Object> caseJson(Case c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("operation", c.operation());
    m.put("n", c.n());
    m.put("k", c.k());
    m.put("p", P);
    m.put("beta", BETA);
    m.put("rounds", ROUNDS);
    m.put("cppSeconds", c.hasCpp() ? List.of(c.cppLow(), c.cppHigh()) : null);
    return m;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}
