package org.assemblies.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.assemblies.experiments.io.Json;
import org.assemblies.language.Dependency;
import org.assemblies.language.Language;
import org.assemblies.language.Lexicon;
import org.assemblies.language.Parse;
import org.assemblies.language.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assemblies parse SENTENCE}: the assembly parser (Mitropolsky et al., TACL 2021). */
@Command(name = "parse", sortOptions = false,
    description = "Parse a sentence with the assembly parser (Mitropolsky, Collins and Papadimitriou, "
        + "TACL 2021) and print its dependency tree, read out of the synapses, rooted at the verb.")
final class ParseCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SENTENCE",
      description = "The sentence (quoted, or as several words), e.g. \"the big dogs chase bad cats\"; "
          + "a relative clause runs from \"that\" to \",\": \"dogs that cats chase , run\".")
  List<String> sentence;

  @Option(names = "--lang", paramLabel = "en|ru", description = "Language: en or ru (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Option(names = "--json", description = "Print one JSON object: words, dependencies, tree, parseSeconds.")
  boolean json;

  @Option(names = "--trace", description = "Show per word which areas were open, what was frozen or cleared, "
      + "and which areas fired into which in each round.")
  boolean trace;

  @Option(names = "--lexicon", paramLabel = "FILE",
      description = "Extra words, one 'word class [lemma]' per line (classes: en: det, noun, trans_verb, "
          + "intrans_verb, copula, adverb, prep, adj, rel, comma; ru: verb, ditrans_verb, nom, acc, dat).")
  Path lexiconFile;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the brain (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--bench", paramLabel = "N",
      description = "Also parse the sentence N more times (seeds S+1..S+N) after a warm-up and print ms per parse.")
  int bench;

  @Override
  public Integer call() throws IOException {
    Language language = Language.of(lang);
    Lexicon lexicon = Lexicon.builtin(language);
    if (lexiconFile != null) {
      if (!Files.isRegularFile(lexiconFile)) {
        throw new IllegalArgumentException("lexicon file " + lexiconFile + " not found");
      }
      lexicon = lexicon.withFile(lexiconFile);
    }
    if (bench < 0) {
      throw new IllegalArgumentException("--bench=" + bench + " must be ≥ 0");
    }
    Parser parser = Parser.of(language).withLexicon(lexicon);
    String text = String.join(" ", sentence);
    Parse p = parser.parse(text, seed, trace);
    Double msPerParse = bench > 0 ? benchmark(parser, text) : null;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sentence", text);
      m.put("language", language.code());
      m.put("seed", seed);
      m.put("words", p.words());
      List<Object> deps = new ArrayList<>();
      for (Dependency d : p.dependencies()) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("head", d.head());
        dm.put("dependent", d.dependent());
        dm.put("relation", d.relation());
        deps.add(dm);
      }
      m.put("dependencies", deps);
      m.put("tree", p.tree().toMap());
      m.put("parseSeconds", p.seconds());
      if (msPerParse != null) {
        m.put("benchMsPerParse", msPerParse);
      }
      if (trace) {
        m.put("trace", p.trace());
      }
      out.println(Json.compact(m));
    } else {
      if (trace) {
        for (Parse.Step s : p.trace()) {
          printStep(out, s);
        }
        out.println();
      }
      out.print(Text.fit(p.tree().render()));
      out.println(Text.fit(Text.f("(%d dependencies; %s, seed %d, %.1f ms)", p.dependencies().size(),
          language.label(), seed, p.seconds() * 1e3)));
      if (msPerParse != null) {
        out.println(Text.f("bench: %.2f ms per parse (%d parses after warm-up)", msPerParse, bench));
      }
    }
    out.flush();
    return 0;
  }

  private double benchmark(Parser parser, String text) {
    // warm-up: about two seconds (at least 20 parses), so that the JIT has compiled the hot paths
    long end = System.nanoTime() + 2_000_000_000L;
    for (int i = 0; i < 20 || System.nanoTime() < end; i++) {
      parser.parse(text, seed + 1_000_000 + i);
    }
    long t0 = System.nanoTime();
    for (int i = 1; i <= bench; i++) {
      parser.parse(text, seed + i);
    }
    return (System.nanoTime() - t0) / 1e6 / bench;
  }

  /** One word: what was open, frozen and cleared, and the firing per run of equal rounds. */
  private static void printStep(PrintWriter out, Parse.Step s) {
    out.println(Text.fit(s.word() + " (" + s.wordClass() + "): open areas " + String.join(" ", s.openAreas())
        + "; open fibers " + (s.openFibers().isEmpty() ? "none" : String.join(" ", s.openFibers()))
        + "; frozen " + list(s.frozen()) + "; cleared " + list(s.cleared())));
    List<Map<String, List<String>>> rounds = s.rounds();
    int start = 0;
    for (int r = 1; r <= rounds.size(); r++) {
      if (r == rounds.size() || !rounds.get(r).equals(rounds.get(start))) {
        String label = r - start == 1 ? "round " + (start + 1) : "rounds " + (start + 1) + "–" + r;
        StringBuilder sb = new StringBuilder("  " + label + ":");
        rounds.get(start).forEach((from, to) -> sb.append(' ').append(from).append('→').append(String.join(",", to)));
        if (rounds.get(start).isEmpty()) {
          sb.append(" nothing fires");
        }
        out.println(Text.fit(sb.toString()));
        start = r;
      }
    }
  }

  private static String list(List<String> areas) {
    return areas.isEmpty() ? "none" : String.join(" ", areas);
  }
}
