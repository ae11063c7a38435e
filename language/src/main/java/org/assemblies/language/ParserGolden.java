package org.assemblies.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assemblies.experiments.Charts;
import org.assemblies.experiments.Check;
import org.assemblies.experiments.Experiment;
import org.assemblies.experiments.Figure;
import org.assemblies.experiments.Point;
import org.assemblies.experiments.Row;
import org.assemblies.experiments.Table;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code parser-golden}: every golden sentence of spec language.md §1 parsed with each seed and its
 * dependency set compared with the expected one; plus "a woman saw the big bad dogs", whose two
 * adjectives the reference loses one of.
 */
public final class ParserGolden implements Experiment<ParserConfig> {

  @Override
  public String name() {
    return "parser-golden";
  }

  @Override
  public String title() {
    return "Assembly parser: golden sentences (English and Russian)";
  }

  @Override
  public String source() {
    return "language.md §1 (Mitropolsky, Collins and Papadimitriou, TACL 2021; parser.py)";
  }

  @Override
  public String expected() {
    return "every golden sentence yields exactly its dependency set (fraction correct 1.0); "
        + "every adjective of 'a woman saw the big bad dogs' in the tree";
  }

  @Override
  public ParserConfig defaults() {
    return ParserConfig.defaults();
  }

  @Override
  public int defaultSeeds() {
    return 10;
  }

  @Override
  public List<Row> run(ParserConfig config, Point point, long seed) {
    List<Row> rows = new ArrayList<>();
    Parser en = Parser.of(Language.ENGLISH).withConfig(config);
    Parser ru = Parser.of(Language.RUSSIAN).withConfig(config);
    int i = 0;
    for (GoldenSentences.Golden g : GoldenSentences.all()) {
      Parse p = (g.language() == Language.ENGLISH ? en : ru).parse(g.sentence(), seed);
      Set<Dependency> got = p.dependencySet();
      Set<Dependency> adjectives = g.expected().stream().filter(d -> d.relation().equals(Areas.ADJ))
          .collect(Collectors.toSet());
      rows.add(Row.of("index", ++i, "language", g.language().code(), "source", g.source(),
          "sentence", g.sentence(), "expected", g.expectedText(),
          "got", got.stream().map(Dependency::toString).collect(Collectors.joining(" ")),
          "correct", got.equals(g.expected()) ? 1 : 0,
          "adjectivesKept", got.containsAll(adjectives) ? 1 : 0,
          "ms", p.seconds() * 1e3));
    }
    return rows;
  }

  @Override
  public List<Check> checks(ParserConfig config, Table t) {
    Table spec = t.where("source", "spec");
    double[] fraction = spec.groupBy("trial").values().stream()
        .mapToDouble(tr -> java.util.Arrays.stream(tr.values("correct")).average().orElse(0)).toArray();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.allAtLeast("fraction of the spec's 12 golden sentences parsed exactly, per seed", "1.0",
        fraction, 1.0));
    checks.add(Check.always("'a woman saw the big bad dogs': (dogs,big,ADJ) and (dogs,bad,ADJ) both read out",
        "every adjective in the tree (the reference keeps only 'bad')",
        t.where("source", "fix").values("adjectivesKept")));
    return checks;
  }

  @Override
  public List<Figure> figures(ParserConfig config, Table t) {
    List<Object> idx = t.distinct("index");
    double[] x = new double[idx.size()];
    double[] ok = new double[idx.size()];
    double[] ms = new double[idx.size()];
    for (int i = 0; i < idx.size(); i++) {
      Table s = t.where("index", idx.get(i));
      x[i] = ((Number) idx.get(i)).doubleValue();
      ok[i] = java.util.Arrays.stream(s.values("correct")).average().orElse(0);
      ms[i] = java.util.Arrays.stream(s.values("ms")).average().orElse(0);
    }
    XYChart c = Charts.chart("Golden sentences parsed exactly (sentences in the CSV by index)",
        "sentence index", "fraction of seeds");
    XYSeries s = c.addSeries("exact dependency set", x, ok);
    s.setMarker(SeriesMarkers.CIRCLE);
    c.getStyler().setYAxisMin(0.0).setYAxisMax(1.05);
    XYChart time = Charts.chart("Parse time per sentence (mean over seeds, includes building the brain)",
        "sentence index", "ms");
    time.addSeries("ms per parse", x, ms).setMarker(SeriesMarkers.CIRCLE);
    return List.of(new Figure("golden.png", "Fraction of seeds whose parse is exactly the golden set", c),
        new Figure("time.png", "Milliseconds per parse (one thread, first parses include JIT warm-up)", time));
  }
}
