package org.assemblies.lm.harness;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assemblies.lm.harness.Scorecard.ModelMeasures;
import org.assemblies.lm.harness.Scorecard.Result;
import org.assemblies.lm.harness.Scorecard.Row;
import org.assemblies.lm.metrics.Metrics;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The scorecard as Markdown, JSON and charts. */
final class ScorecardReport {
  private ScorecardReport() {}

  /** The must-have columns, in the seed's order. */
  static final List<String> MUST_HAVES = List.of("1 sub-quadratic", "2 parallel training",
      "3 copy, AR, BPC<2.5 vs 1-layer transformer", "4 no hard max length", "5 faster than transformer",
      "6 no task-specific rules", "7 fewer parameters", "8 not an existing mechanism",
      "9 asymmetric binding, order");

  static String markdown(Result r) {
    StringBuilder sb = new StringBuilder();
    Scorecard.Config c = r.config();
    sb.append("# Language-model scorecard\n\n");
    sb.append(String.format(Locale.ROOT, "Corpus `%s` (%,d characters, 90/10 split, held-out tenth at the end); "
        + "budget per model and task: %s; batch %d; window %d; %d held-out examples per task; seed %d.%n%n",
        c.corpus(), r.corpusCharacters(), c.budget(), c.batch(), c.window(), c.evalExamples(), c.seed()));
    sb.append("Reference on the same split (bits per character of the held-out tenth): ");
    sb.append(compressor(r.gzip())).append("; ").append(compressor(r.bzip2()));
    Map<String, Row> corpus = Scorecard.corpusRows(r);
    List<String> grams = new ArrayList<>();
    for (Row row : corpus.values()) {
      if (row.model().endsWith("-gram")) {
        grams.add(row.model() + " " + f3(row.score()));
      }
    }
    if (!grams.isEmpty()) {
      sb.append("; ").append(String.join(", ", grams));
    }
    sb.append(".\n\n");

    Map<String, Map<String, Row>> byTask = Scorecard.byTask(r);
    List<String> models = models(r);
    sb.append("## Quality on each task (test sets)\n\n| model |");
    for (String t : byTask.keySet()) {
      sb.append(' ').append(t).append(" (").append(Scorecard.metricOf(t)).append(") |");
    }
    sb.append('\n').append("|---|".repeat(1)).append("---:|".repeat(byTask.size())).append('\n');
    for (String m : models) {
      sb.append("| ").append(m).append(" |");
      for (Map<String, Row> rows : byTask.values()) {
        Row row = rows.get(m);
        sb.append(' ').append(row == null ? "" : f3(row.score()));
        if (row != null && !row.note().isEmpty()) {
          sb.append(" (").append(row.note()).append(')');
        }
        if (row != null && !Double.isNaN(row.trainDistributionScore())) {
          sb.append(" (train lengths ").append(f3(row.trainDistributionScore())).append(')');
        }
        sb.append(" |");
      }
      sb.append('\n');
    }
    sb.append("\nString copy is tested on strings longer than any trained on (length generalisation); "
        + "in brackets the same metric on training lengths.\n\n");

    sb.append("## Measures (model trained on the corpus)\n\n");
    sb.append("| model | parameters | non-embedding | state size | train tokens/s | time to ")
        .append(f3(c.targetBpc())).append(" BPC (s) | inference tokens/s | time ∝ length^b | longest length "
            + "| data efficiency: held-out BPC vs training tokens |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (ModelMeasures mm : r.models()) {
      Row row = corpus.get(mm.model());
      if (row == null) {
        continue;
      }
      StringBuilder curve = new StringBuilder();
      for (Trainer.Point p : row.training().curve()) {
        curve.append(curve.isEmpty() ? "" : ", ").append(tokens(p.tokens())).append(": ")
            .append(f3(Metrics.bits(p.evalNats())));
      }
      sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %s | %s | %s | %s | %,d | %s |%n", mm.model(),
          row.parameters(), row.nonEmbeddingParameters(), row.stateSize(), f0(row.training().tokensPerSecond()),
          Double.isNaN(row.training().timeToTarget()) ? "not reached" : f1(row.training().timeToTarget()),
          f0(row.inferTokensPerSecond()), Double.isNaN(mm.exponent()) ? "–" : f2(mm.exponent()),
          CostCurve.longest(mm.costs()), curve));
    }

    sb.append("\n## Cost per token as the sequence grows (µs per token of one `logProbabilities` call; "
        + "in brackets the peak rise of Java heap / resident memory in MiB)\n\n| model |");
    List<Integer> lengths = c.lengths();
    for (int L : lengths) {
      sb.append(' ').append(L).append(" |");
    }
    sb.append("\n|---|").append("---:|".repeat(lengths.size())).append('\n');
    List<String> reasons = new ArrayList<>();
    for (ModelMeasures mm : r.models()) {
      sb.append("| ").append(mm.model()).append(" |");
      for (CostCurve.Cost cost : mm.costs()) {
        if (cost.measured()) {
          sb.append(' ').append(f2(cost.microsPerToken()));
          sb.append(" (").append(f1(Math.max(0, cost.heapBytes()) / 1048576.0)).append(" / ")
              .append(Double.isNaN(cost.rssBytes()) ? "–" : f1(Math.max(0, cost.rssBytes()) / 1048576.0)).append(')');
          sb.append(" |");
        } else {
          sb.append(" skipped |");
          if (reasons.isEmpty() || !reasons.get(reasons.size() - 1).startsWith(mm.model() + ":")) {
            reasons.add(mm.model() + ": " + cost.skipped());
          }
        }
      }
      sb.append('\n');
    }
    for (String reason : reasons) {
      sb.append("\nSkipped — ").append(reason).append('.');
    }
    sb.append("\n\n## The nine must-haves (seed 002)\n\nMeasured unless marked *(declared)*, in which case "
        + "it is what the model states about its design. Comparisons are with the plain 1-layer "
        + "transformer row when there is one.\n\n| model |");
    for (String h : MUST_HAVES) {
      sb.append(' ').append(h).append(" |");
    }
    sb.append("\n|---|").append("---|".repeat(MUST_HAVES.size())).append('\n');
    for (Map.Entry<String, List<String>> e : mustHaves(r).entrySet()) {
      sb.append("| ").append(e.getKey()).append(" | ").append(String.join(" | ", e.getValue())).append(" |\n");
    }
    return sb.toString();
  }

  /** The nine must-have cells of each model. */
  static Map<String, List<String>> mustHaves(Result r) {
    Map<String, Map<String, Row>> byTask = Scorecard.byTask(r);
    Map<String, Row> corpus = Scorecard.corpusRows(r);
    String ref = null;
    for (String m : models(r)) {
      if (m.startsWith("transformer") && (ref == null || m.length() < ref.length())) {
        ref = m;
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ModelMeasures mm : r.models()) {
      String m = mm.model();
      boolean isRef = m.equals(ref);
      Row cr = corpus.get(m);
      Row rr = ref == null ? null : corpus.get(ref);
      List<String> cells = new ArrayList<>();
      cells.add(Double.isNaN(mm.exponent()) ? "not measured"
          : (mm.exponent() < 1.5 ? "yes" : "no") + " (time ∝ L^" + f2(mm.exponent()) + ")");
      cells.add(declared(mm, "parallelTraining"));
      Double copy = score(byTask, "copy", m);
      Double ar = score(byTask, "ar", m);
      double bpc = cr == null ? Double.NaN : cr.score();
      String vals = "copy " + f3(copy) + ", AR " + f3(ar) + ", BPC " + f3(bpc);
      if (isRef) {
        cells.add("reference (" + vals + ")");
      } else if (ref == null) {
        cells.add((bpc < 2.5 ? "BPC<2.5 yes" : "BPC<2.5 no") + "; no transformer row (" + vals + ")");
      } else {
        Double rc = score(byTask, "copy", ref);
        Double ra = score(byTask, "ar", ref);
        boolean ok = bpc < 2.5 && copy != null && rc != null && copy >= rc && ar != null && ra != null && ar >= ra;
        cells.add((ok ? "yes" : "no") + " (" + vals + "; transformer copy " + f3(rc) + ", AR " + f3(ra) + ")");
      }
      int longest = CostCurve.longest(mm.costs());
      String max = mm.properties().get("maxLength");
      cells.add((max == null ? "" : max + " *(declared)*; ") + "ran to " + longest);
      if (isRef) {
        cells.add("reference");
      } else if (rr == null || cr == null) {
        cells.add("no transformer row");
      } else {
        boolean faster = cr.training().tokensPerSecond() > rr.training().tokensPerSecond()
            && cr.inferTokensPerSecond() > rr.inferTokensPerSecond();
        cells.add((faster ? "yes" : "no") + String.format(Locale.ROOT, " (train ×%.2f, inference ×%.2f)",
            cr.training().tokensPerSecond() / rr.training().tokensPerSecond(),
            cr.inferTokensPerSecond() / rr.inferTokensPerSecond()));
      }
      cells.add(declared(mm, "taskSpecificRules"));
      if (isRef) {
        cells.add("reference (" + String.format(Locale.ROOT, "%,d", cr == null ? 0 : cr.parameters()) + ")");
      } else if (rr == null || cr == null) {
        cells.add("no transformer row");
      } else {
        cells.add((cr.parameters() < rr.parameters() ? "yes" : "no")
            + String.format(Locale.ROOT, " (%,d vs %,d)", cr.parameters(), rr.parameters()));
      }
      cells.add(declared(mm, "mechanism"));
      cells.add(declared(mm, "binding") + "; order: " + (Double.isNaN(mm.orderSensitivity()) ? "not measured"
          : (mm.orderSensitivity() > 0.01 ? "sensitive" : "blind") + " (TV " + f3(mm.orderSensitivity()) + ")"));
      out.put(m, cells);
    }
    return out;
  }

  private static Double score(Map<String, Map<String, Row>> byTask, String taskPrefix, String model) {
    for (Map.Entry<String, Map<String, Row>> e : byTask.entrySet()) {
      if (e.getKey().equals(taskPrefix) && e.getValue().containsKey(model)) {
        return e.getValue().get(model).score();
      }
    }
    return null;
  }

  private static String declared(ModelMeasures mm, String key) {
    String v = mm.properties().get(key);
    return v == null ? "not declared" : v + " *(declared)*";
  }

  static Map<String, Object> json(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    Scorecard.Config c = r.config();
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("tasks", c.tasks());
    cfg.put("corpus", c.corpus());
    cfg.put("budget", Map.of("steps", c.budget().steps(), "tokens", c.budget().tokens(), "seconds", c.budget().seconds()));
    cfg.put("batch", c.batch());
    cfg.put("window", c.window());
    cfg.put("evalExamples", c.evalExamples());
    cfg.put("lengths", c.lengths());
    cfg.put("lengthCapSeconds", c.lengthCapSeconds());
    cfg.put("targetBpc", c.targetBpc());
    cfg.put("seed", c.seed());
    cfg.put("trainExamples", c.trainExamples());
    cfg.put("mqarSweep", c.mqarSweep());
    m.put("config", cfg);
    m.put("corpusCharacters", r.corpusCharacters());
    m.put("compressors", List.of(compressorJson(r.gzip()), compressorJson(r.bzip2())));
    List<Object> rows = new ArrayList<>();
    for (Row row : r.rows()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("model", row.model());
      x.put("task", row.task());
      x.put("metric", row.metric());
      x.put("score", nan(row.score()));
      x.put("note", row.note());
      x.put("trainDistributionScore", nan(row.trainDistributionScore()));
      x.put("nats", nan(row.evaluation().nats()));
      x.put("accuracy", row.evaluation().accuracy());
      x.put("exampleAccuracy", row.evaluation().exampleAccuracy());
      x.put("exactMatch", row.evaluation().exactMatch());
      x.put("scoredPositions", row.evaluation().scored());
      x.put("parameters", row.parameters());
      x.put("nonEmbeddingParameters", row.nonEmbeddingParameters());
      x.put("stateSize", row.stateSize());
      x.put("steps", row.training().step());
      x.put("trainTokens", row.training().tokens());
      x.put("trainSeconds", row.training().seconds());
      x.put("trainTokensPerSecond", nan(row.training().tokensPerSecond()));
      x.put("timeToTargetSeconds", nan(row.training().timeToTarget()));
      x.put("inferTokensPerSecond", nan(row.inferTokensPerSecond()));
      List<Object> curve = new ArrayList<>();
      for (Trainer.Point p : row.training().curve()) {
        curve.add(Map.of("tokens", p.tokens(), "seconds", p.seconds(), "trainNats", p.trainNats(),
            "evalNats", p.evalNats(), "evalAccuracy", p.evalAccuracy()));
      }
      x.put("curve", curve);
      rows.add(x);
    }
    m.put("rows", rows);
    List<Object> models = new ArrayList<>();
    Map<String, List<String>> must = mustHaves(r);
    for (ModelMeasures mm : r.models()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("model", mm.model());
      x.put("costExponent", nan(mm.exponent()));
      x.put("longestLength", CostCurve.longest(mm.costs()));
      List<Object> costs = new ArrayList<>();
      for (CostCurve.Cost cost : mm.costs()) {
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("length", cost.length());
        y.put("seconds", nan(cost.seconds()));
        y.put("microsPerToken", nan(cost.microsPerToken()));
        y.put("heapBytes", nan(cost.heapBytes()));
        y.put("rssBytes", nan(cost.rssBytes()));
        y.put("skipped", cost.skipped());
        costs.add(y);
      }
      x.put("costs", costs);
      x.put("orderSensitivity", nan(mm.orderSensitivity()));
      x.put("declared", mm.properties());
      Map<String, String> mh = new LinkedHashMap<>();
      List<String> cells = must.get(mm.model());
      for (int i = 0; i < MUST_HAVES.size(); i++) {
        mh.put(MUST_HAVES.get(i), cells.get(i).replace("*(declared)*", "(declared)"));
      }
      x.put("mustHaves", mh);
      models.add(x);
    }
    m.put("models", models);
    return m;
  }

  private static Map<String, Object> compressorJson(org.assemblies.lm.baselines.Compressors.Result c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("bpcAlone", nan(c.alone()));
    m.put("bpcAfterTraining", nan(c.conditional()));
    m.put("note", c.note());
    return m;
  }

  static XYChart curveChart(Result r) {
    XYChart chart = chart("Held-out BPC vs training tokens (" + r.config().corpus() + ")", "training tokens",
        "held-out bits per character");
    chart.getStyler().setXAxisLogarithmic(true);
    for (Row row : Scorecard.corpusRows(r).values()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (Trainer.Point p : row.training().curve()) {
        if (p.tokens() > 0 && Double.isFinite(p.evalNats())) {
          x.add((double) p.tokens());
          y.add(Metrics.bits(p.evalNats()));
        }
      }
      if (!x.isEmpty()) {
        XYSeries s = chart.addSeries(row.model(), x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
      }
    }
    placeholder(chart);
    return chart;
  }

  static XYChart costChart(Result r) {
    XYChart chart = chart("Time per token vs sequence length", "sequence length (tokens)", "µs per token");
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisLogarithmic(true);
    for (ModelMeasures mm : r.models()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (CostCurve.Cost c : mm.costs()) {
        if (c.measured() && c.seconds() > 0) {
          x.add((double) c.length());
          y.add(c.microsPerToken());
        }
      }
      if (!x.isEmpty()) {
        XYSeries s = chart.addSeries(mm.model(), x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
      }
    }
    placeholder(chart);
    return chart;
  }

  private static XYChart chart(String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xTitle)
        .yAxisTitle(yTitle).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
    chart.getStyler().setAntiAlias(true);
    return chart;
  }

  /** XChart cannot draw a chart without series. */
  private static void placeholder(XYChart chart) {
    if (chart.getSeriesMap().isEmpty()) {
      chart.addSeries("no data", new double[] {1}, new double[] {1});
    }
  }

  private static List<String> models(Result r) {
    List<String> out = new ArrayList<>();
    for (Row row : r.rows()) {
      if (!out.contains(row.model())) {
        out.add(row.model());
      }
    }
    return out;
  }

  private static String compressor(org.assemblies.lm.baselines.Compressors.Result c) {
    return c.available() ? c.name() + " " + f3(c.alone()) + " alone, " + f3(c.conditional()) + " after the training text"
        : c.name() + " " + c.note();
  }

  private static Object nan(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static String tokens(long t) {
    return t >= 1_000_000 ? String.format(Locale.ROOT, "%.1fM", t / 1e6)
        : t >= 1000 ? String.format(Locale.ROOT, "%.0fk", t / 1e3) : Long.toString(t);
  }

  static String f3(Double d) {
    return d == null || Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.3f", d);
  }

  static String f2(double d) {
    return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.2f", d);
  }

  static String f1(double d) {
    return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.1f", d);
  }

  static String f0(double d) {
    return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%,.0f", d);
  }
}
