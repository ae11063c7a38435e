package org.assemblies.experiments;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assemblies.core.Seeds;
import org.assemblies.experiments.io.Json;
import org.assemblies.experiments.io.RunOutput;

/**
 * Runs an experiment's trials (sweep points × seeds) on a thread pool and gathers their rows.
 *
 * <p>Trial i of seed index s has seed {@code Seeds.derive(rootSeed, s)} — the same at every sweep
 * point, so a sweep compares like with like — and its rows do not depend on the number of threads
 * or on the order in which trials finish. With an output directory every finished trial is written
 * at once (atomically) to {@code trials/}; a later run with the same parameters skips them
 * (resume), so an interrupted run loses only the trials in flight. {@code --shard i/n} runs the
 * trials whose index is i modulo n; the data, checks and plots are written once every trial is
 * present.
 */
public final class SweepRunner {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SweepRunner() {}

  /** Which share of the trials this process runs: those with index ≡ index (mod count). */
  public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
      if (count < 1 || index < 0 || index >= count) {
        throw new IllegalArgumentException("shard " + index + "/" + count + " must be i/n with 0 ≤ i < n");
      }
    }

    /** Parses "i/n". */
    public static Shard parse(String text) {
      String[] p = text.split("/");
      try {
        if (p.length == 2) {
          return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
        }
      } catch (NumberFormatException ignored) {
        // fall through
      }
      throw new IllegalArgumentException("shard '" + text + "' must be i/n, e.g. 0/4");
    }

    boolean owns(int trial) {
      return trial % count == index;
    }
  }

  /** Sees the runner's progress (for progress bars). */
  public interface Listener {
    Listener NONE = new Listener() {};

    /** {@code total} trials to run now, after {@code skipped} found done in the output directory. */
    default void started(String experiment, int total, int skipped) {}

    default void trialDone(int done, int total) {}

    default void finished() {}
  }

  /**
   * How to run.
   *
   * @param seeds seeds per sweep point (≥ 1)
   * @param threads worker threads (≥ 1)
   * @param rootSeed the seed every trial's seed is derived from
   * @param shard which trials this process runs
   * @param out the run directory, or null to keep everything in memory
   */
  public record Options(int seeds, int threads, long rootSeed, Shard shard, Path out, Listener listener) {
    public Options {
      if (seeds < 1) {
        throw new IllegalArgumentException("seeds=" + seeds + " must be ≥ 1");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads=" + threads + " must be ≥ 1");
      }
      shard = shard == null ? Shard.ALL : shard;
      listener = listener == null ? Listener.NONE : listener;
    }

    public static Options inMemory(int seeds, int threads) {
      return new Options(seeds, threads, 1, Shard.ALL, null, null);
    }
  }

  /** One trial's identity. */
  record Trial(int index, int seedIndex, long seed, Point point) {
    Map<String, Object> columns() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("trial", index);
      m.put("seedIndex", seedIndex);
      m.put("seed", seed);
      m.putAll(point.values());
      return m;
    }
  }

  /**
   * What a run produced. {@code complete} is false when trials of other shards are still missing;
   * then {@code table} holds what is there and no checks were made.
   */
  public record Result<P extends Record>(Experiment<P> experiment, P params, int seeds, long rootSeed,
      Table table, List<Check> checks, boolean complete, int trialsTotal, int trialsRunNow,
      double seconds, List<String> files) {

    public boolean passed() {
      return complete && checks.stream().allMatch(Check::passed);
    }
  }

  public static <P extends Record> Result<P> run(Experiment<P> e, P params, Options o)
      throws IOException {
    List<Point> points = e.points(params);
    List<Trial> trials = new ArrayList<>();
    for (int pi = 0; pi < points.size(); pi++) {
      for (int s = 0; s < o.seeds(); s++) {
        trials.add(new Trial(pi * o.seeds() + s, s, Seeds.derive(o.rootSeed(), s), points.get(pi)));
      }
    }
    Map<String, Object> identity = identity(e, params, o);
    Path trialDir = o.out() == null ? null : o.out().resolve("trials");
    if (o.out() != null) {
      claim(o.out(), identity);
    }
    List<List<Row>> rows = new ArrayList<>();
    List<Trial> todo = new ArrayList<>();
    for (Trial t : trials) {
      List<Row> done = trialDir == null ? null : readTrial(trialDir, t);
      rows.add(done);
      if (done == null && o.shard().owns(t.index())) {
        todo.add(t);
      }
    }
    int skipped = (int) trials.stream().filter(t -> o.shard().owns(t.index())).count() - todo.size();
    long start = System.nanoTime();
    o.listener().started(e.name(), todo.size(), skipped);
    ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
      Thread th = new Thread(r, "trial");
      th.setDaemon(true);
      return th;
    });
    try {
      ExecutorCompletionService<Object[]> ecs = new ExecutorCompletionService<>(pool);
      for (Trial t : todo) {
        ecs.submit(() -> new Object[] {t, runTrial(e, params, t)});
      }
      for (int done = 1; done <= todo.size(); done++) {
        Object[] r = take(ecs);
        Trial t = (Trial) r[0];
        @SuppressWarnings("unchecked")
        List<Row> trialRows = (List<Row>) r[1];
        if (trialDir != null) {
          writeTrial(trialDir, t, trialRows);
        }
        rows.set(t.index(), trialRows);
        o.listener().trialDone(done, todo.size());
      }
    } finally {
      pool.shutdownNow();
      o.listener().finished();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    boolean complete = rows.stream().allMatch(Objects::nonNull);
    Table table = new Table(rows.stream().filter(Objects::nonNull).flatMap(List::stream).toList());
    List<Check> checks = complete ? e.checks(params, table) : List.of();
    List<String> files = List.of();
    if (o.out() != null && complete) {
      files = writeOutputs(e, params, o, identity, table, checks);
    }
    return new Result<>(e, params, o.seeds(), o.rootSeed(), table, checks, complete, trials.size(),
        todo.size(), seconds, files);
  }

  private static Object[] take(ExecutorCompletionService<Object[]> ecs) throws IOException {
    try {
      Future<Object[]> f = ecs.take();
      return f.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted; finished trials are kept", ex);
    } catch (ExecutionException ex) {
      if (ex.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (ex.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(ex.getCause());
    }
  }

  private static <P extends Record> List<Row> runTrial(Experiment<P> e, P params, Trial t) {
    List<Row> out = new ArrayList<>();
    for (Row r : e.run(params, t.point(), t.seed())) {
      out.add(r.prefixedWith(t.columns()));
    }
    return out;
  }

  private static Map<String, Object> identity(Experiment<?> e, Record params, Options o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("experiment", e.name());
    m.put("params", Params.toMap(params));
    m.put("seeds", o.seeds());
    m.put("rootSeed", o.rootSeed());
    return m;
  }

  /** Records which run a directory holds, refusing to mix trials of different runs. */
  private static void claim(Path out, Map<String, Object> identity) throws IOException {
    RunOutput dir = RunOutput.create(out);
    Path runFile = out.resolve("run.json");
    String mine = Json.pretty(identity);
    if (Files.exists(runFile)) {
      Map<String, Object> theirs = MAPPER.readValue(runFile.toFile(), new TypeReference<>() {});
      if (!MAPPER.valueToTree(theirs).equals(MAPPER.readTree(mine))) {
        throw new IllegalArgumentException("output directory '" + out + "' holds trials of another run "
            + "(" + theirs.get("experiment") + " with other parameters, seeds or root seed); "
            + "use another --out or delete it");
      }
    } else {
      dir.writeString("run.json", mine);
    }
    Path trials = out.resolve("trials");
    Files.createDirectories(trials);
    try (Stream<Path> leftovers = Files.list(trials)) { // temporary files of an interrupted write
      for (Path p : leftovers.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String trialFile(Trial t) {
    return String.format("t%05d.json", t.index());
  }

  private static List<Row> readTrial(Path dir, Trial t) {
    Path f = dir.resolve(trialFile(t));
    if (!Files.exists(f)) {
      return null;
    }
    try {
      Map<String, Object> m = MAPPER.readValue(f.toFile(), new TypeReference<>() {});
      if (!Objects.equals(((Number) m.get("seed")).longValue(), t.seed())) {
        return null;
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) m.get("rows");
      return rows.stream().map(Row::new).toList();
    } catch (IOException | RuntimeException ex) {
      return null; // unreadable: run it again
    }
  }

  private static void writeTrial(Path dir, Trial t, List<Row> rows) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trial", t.index());
    m.put("seed", t.seed());
    m.put("point", t.point().values());
    m.put("rows", rows.stream().map(Row::values).toList());
    org.assemblies.experiments.io.AtomicFiles.writeString(dir.resolve(trialFile(t)), Json.pretty(m));
  }

  private static <P extends Record> List<String> writeOutputs(Experiment<P> e, P params, Options o,
      Map<String, Object> identity, Table table, List<Check> checks) throws IOException {
    RunOutput dir = RunOutput.create(o.out());
    List<String> columns = table.columns();
    List<List<Object>> csv = new ArrayList<>();
    for (Row r : table.rows()) {
      List<Object> line = new ArrayList<>();
      for (String c : columns) {
        line.add(r.values().get(c));
      }
      csv.add(line);
    }
    dir.writeCsv(e.name() + ".csv", columns, csv);
    for (Figure f : e.figures(params, table)) {
      dir.writePng(f.file(), f.chart());
    }
    dir.writeJson("summary.json", summary(e, checks));
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("experiment", e.name());
    extra.put("title", e.title());
    extra.put("source", e.source());
    extra.put("seeds", o.seeds());
    extra.put("threads", o.threads());
    extra.put("shard", o.shard().index() + "/" + o.shard().count());
    dir.writeManifest("experiment run " + e.name(), Params.toMap(params), o.rootSeed(), extra);
    return dir.files();
  }

  /** The checks as JSON-ready maps. */
  public static Map<String, Object> summary(Experiment<?> e, List<Check> checks) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("experiment", e.name());
    m.put("title", e.title());
    m.put("source", e.source());
    m.put("expected", e.expected());
    m.put("passed", checks.stream().allMatch(Check::passed));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Check c : checks) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("name", c.name());
      cm.put("expected", c.expected());
      cm.put("rule", c.rule());
      cm.put("mean", c.mean());
      cm.put("sd", c.sd());
      cm.put("values", c.values());
      cm.put("passed", c.passed());
      list.add(cm);
    }
    m.put("checks", list);
    return m;
  }
}
