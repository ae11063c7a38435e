package org.assemblies.cli;

import org.assemblies.experiments.io.*;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shared options and output of the simulation commands (project, associate, merge,
 * complete): the model parameters, then a readable table, one JSON object ({@code --json}) or a
 * run directory ({@code --out}).
 */
abstract class SimulationCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--n", paramLabel = "N", description = "Neurons per area (default: ${DEFAULT-VALUE}).")
  int n;

  @Option(names = "--k", paramLabel = "K",
      description = "Cap: neurons that fire per area and step, and stimulus size (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--p", paramLabel = "P", description = "Connection probability (default: ${DEFAULT-VALUE}).")
  double p;

  @Option(names = "--beta", paramLabel = "BETA", description = "Hebbian plasticity (default: ${DEFAULT-VALUE}).")
  double beta;

  @Option(names = "--rounds", paramLabel = "R", description = "Rounds of the operation (complete: of training) (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print one JSON object on stdout instead of the table.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write support.csv, support.png, result.json and manifest.json into DIR.")
  Path out;

  @Option(names = "--no-progress", description = "Never show a progress bar.")
  boolean noProgress;

  SimulationCommand(int n, int k, double p, double beta, int rounds, long seed) {
    this.n = n;
    this.k = k;
    this.p = p;
    this.beta = beta;
    this.rounds = rounds;
    this.seed = seed;
  }

  /** The command's name. */
  abstract String name();

  /** The areas recorded in the timeline (and the CSV and plot), in order. */
  abstract List<String> areas();

  /** Steps the run will take (for the progress bar). */
  abstract int plannedSteps();

  /** Runs the simulation; fills the result's phase, target, title, results and text lines. */
  abstract void simulate(Session session, RunResult result);

  /** Options beyond the common ones, by name, for {@code params}. */
  Map<String, Object> extraParams() {
    return Map.of();
  }

  /** Checks what the core would only check after some simulation. */
  void validate() {
    atLeast("rounds", rounds, 1);
  }

  static void atLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + "=" + value + " must be ≥ " + min);
    }
  }

  Map<String, Object> params() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n);
    m.put("k", k);
    m.put("p", p);
    m.put("beta", beta);
    m.put("rounds", rounds);
    m.put("seed", seed);
    m.putAll(extraParams());
    m.put("json", json);
    m.put("out", out == null ? null : out.toString());
    m.put("noProgress", noProgress);
    return m;
  }

  @Override
  public Integer call() throws Exception {
    validate();
    RunResult result;
    Session session;
    try (Progress progress = Progress.create(name(), plannedSteps(), n, noProgress || json)) {
      session = new Session(areas(), progress);
      result = new RunResult(name(), params(), seed, k, session.timeline);
      simulate(session, result);
    }
    result.simulationSeconds = session.clock.seconds();
    List<String> files = out == null ? List.of() : writeRunDirectory(result);
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> j = jsonOf(result);
      if (out != null) {
        j.put("outDir", out.toString());
        j.put("files", files);
      }
      stdout.println(Json.compact(j));
    } else {
      printText(stdout, result);
      if (out != null) {
        stdout.println(Text.fit("wrote " + String.join(", ", files) + " to " + out));
      }
    }
    stdout.flush();
    return 0;
  }

  /** The JSON object of a run (also result.json of a run directory). */
  static Map<String, Object> jsonOf(RunResult r) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("command", r.command);
    j.put("version", VersionInfo.version());
    j.put("params", r.params);
    j.put("target", r.target);
    j.put("phase", r.mainPhase);
    int[] support = r.support();
    j.put("rounds", support.length);
    j.put("support", support);
    j.put("newNeurons", r.timeline.newNeurons(r.mainPhase, r.target));
    j.put("overlapWithPrevious", r.timeline.overlapPrevious(r.mainPhase, r.target));
    int last = r.winnersOverlapLastTwo();
    j.put("winnersOverlapLastTwo", last);
    j.put("winnersOverlapLastTwoFraction", last < 0 ? null : (double) last / r.k);
    j.put("finalSupport", r.finalSupport());
    int conv = r.convergedAt();
    j.put("convergedAt", conv < 0 ? null : conv);
    int quiet = r.timeline.firstQuietRound(r.mainPhase, r.target);
    j.put("firstRoundWithoutNewNeurons", quiet < 0 ? null : quiet);
    Map<String, Object> byArea = new LinkedHashMap<>();
    for (String a : r.timeline.areas()) {
      byArea.put(a, r.timeline.support(r.mainPhase, a));
    }
    j.put("supportByArea", byArea);
    List<Map<String, Object>> phases = new ArrayList<>();
    for (Timeline.Phase ph : r.timeline.phases()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", ph.name());
      m.put("target", ph.target());
      m.put("rounds", ph.rounds());
      int[] s = r.timeline.support(ph.name(), ph.target());
      m.put("finalSupport", s.length == 0 ? 0 : s[s.length - 1]);
      phases.add(m);
    }
    j.put("phases", phases);
    j.putAll(r.results);
    j.put("simulationSeconds", r.simulationSeconds);
    return j;
  }

  private List<String> writeRunDirectory(RunResult r) throws java.io.IOException {
    Timeline t = r.timeline;
    // everything is computed before the first file is written
    int[] x = new int[t.rows().size()];
    Map<String, int[]> series = new LinkedHashMap<>();
    for (String a : t.areas()) {
      series.put(a, new int[x.length]);
    }
    for (int i = 0; i < x.length; i++) {
      Timeline.Row row = t.rows().get(i);
      x[i] = row.round();
      for (int a = 0; a < t.areas().size(); a++) {
        series.get(t.areas().get(a))[i] = row.support()[a];
      }
    }
    String title = Text.f("assemblies %s: %s (n=%d, k=%d, p=%s, beta=%s, seed=%d)", r.command,
        r.title, n, k, Plots.number(p), Plots.number(beta), seed).replace("→", "->").replace("↔", "<->");
    byte[] png = Plots.png(Plots.supportChart(title, x, series, k));
    Map<String, Object> resultJson = jsonOf(r);

    RunOutput o = RunOutput.create(out);
    o.writeCsv("support.csv", t.csvHeader(), t.csvRows());
    o.writeBytes("support.png", png);
    o.writeJson("result.json", resultJson);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("simulationSeconds", r.simulationSeconds);
    o.writeManifest(r.command, r.params, r.seed, extra);
    return o.files();
  }

  private void printText(PrintWriter w, RunResult r) {
    w.println(Text.fit(Text.f("%s %s  (n=%d, k=%d, p=%s, beta=%s, rounds=%d, seed=%d)", r.command,
        r.title, n, k, Plots.number(p), Plots.number(beta), rounds, seed)));
    for (String line : r.before) {
      w.println(Text.fit(line));
    }
    Timeline t = r.timeline;
    List<Timeline.Row> rows = t.rows(r.mainPhase);
    int ti = t.index(r.target);
    List<String> header = new ArrayList<>(List.of("round", "support " + r.target, "new",
        "overlap with previous"));
    for (String a : t.areas()) {
      if (!a.equals(r.target)) {
        header.add("support " + a);
      }
    }
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int round = i + 1;
      if (!(rows.size() <= 25 || round <= 10 || round % 5 == 0 || round == rows.size())) {
        continue;
      }
      Timeline.Row row = rows.get(i);
      List<String> c = new ArrayList<>();
      c.add(Integer.toString(round));
      c.add(Integer.toString(row.support()[ti]));
      c.add(Integer.toString(row.newNeurons()[ti]));
      c.add(Text.f("%d (%s)", row.overlapPrevious()[ti], Text.pct((double) row.overlapPrevious()[ti] / r.k)));
      for (int a = 0; a < t.areas().size(); a++) {
        if (a != ti) {
          c.add(Integer.toString(row.support()[a]));
        }
      }
      cells.add(c);
    }
    w.print(Text.fit(Text.table(header, cells)));
    for (String line : r.after) {
      w.println(Text.fit(line));
    }
    int conv = r.convergedAt();
    int last = r.winnersOverlapLastTwo();
    w.println(Text.fit(Text.f("final: support of %s = %d (%.2f k), %s, last two rounds' winners overlap %s; "
            + "simulation %.3f s",
        r.target, r.finalSupport(), (double) r.finalSupport() / r.k,
        conv < 0 ? "not converged" : "no new neurons from round " + conv + " on",
        last < 0 ? "n/a" : Text.pct((double) last / r.k), r.simulationSeconds)));
  }
}
