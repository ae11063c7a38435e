package org.assemblies.language;

import static org.assemblies.language.Areas.ADJ;
import static org.assemblies.language.Areas.ADJ_SLOT;
import static org.assemblies.language.Areas.DEP_CLAUSE;
import static org.assemblies.language.Areas.DEP_VERB;
import static org.assemblies.language.Areas.DET;
import static org.assemblies.language.Areas.LEX;
import static org.assemblies.language.Areas.VERB;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assemblies.core.Assembly;
import org.assemblies.core.Brain;
import org.assemblies.core.Projection;

/**
 * The assembly parser of Mitropolsky, Collins and Papadimitriou (TACL 2021), spec language.md §1:
 * each word activates its assembly in LEX, its class's rules open and close areas and fibers, the
 * open fibers fire for {@link ParserConfig#rounds} rounds, and finally the dependencies are read out
 * of the synapses by firing from VERB along the fibers that were used.
 *
 * <pre>{@code
 * Parse p = Parser.of(Language.ENGLISH).parse("the big dogs chase bad cats", 1);
 * p.dependencySet(); // (chase,dogs,SUBJ) (chase,cats,OBJ) (dogs,the,DET) (dogs,big,ADJ) (cats,bad,ADJ)
 * }</pre>
 *
 * <p>A relative clause on a noun, from "that" to "," (center embedding, the spec's recursive
 * parser), gets areas of its own (DEP_CLAUSE, DEP_SUBJ, DEP_OBJ, DEP_VERB) and hangs off its head
 * noun as (noun, verb, DEP-VERB): "dogs that cats chase , run" gives (run,dogs,SUBJ)
 * (dogs,chase,DEP-VERB) (chase,cats,SUBJ). One level of embedding; see docs/design/center-embedding.md.
 *
 * <p>Every parse builds a fresh brain from its seed: a parse is a pure function of the sentence,
 * the lexicon, the configuration and the seed. A parser is immutable and may be shared by threads.
 */
public final class Parser {
  private final Language language;
  private final Lexicon lexicon;
  private final ParserConfig config;

  // derived tables, by area position
  private final String[] areas;
  private final int lex;
  private final int verb;
  private final int depClause; // -1 without center embedding (Russian)
  private final List<String> adjectiveAreas;
  private final Map<WordClass, List<Rule>> pre = new EnumMap<>(WordClass.class);
  private final Map<WordClass, List<Rule>> post = new EnumMap<>(WordClass.class);
  private final int[][] readoutTargets;

  private Parser(Language language, Lexicon lexicon, ParserConfig config) {
    if (lexicon.language() != language) {
      throw new IllegalArgumentException("the lexicon is " + lexicon.language().label() + ", the parser "
          + language.label());
    }
    this.language = language;
    this.lexicon = lexicon;
    this.config = config;
    List<String> adj = new ArrayList<>();
    if (language.areas().contains(ADJ)) {
      for (int i = 0; i < config.adjectiveAreas(); i++) {
        adj.add(Areas.adjective(i));
      }
    }
    this.adjectiveAreas = List.copyOf(adj);
    this.areas = expand(language.areas()).toArray(String[]::new);
    this.lex = position(LEX);
    this.verb = position(VERB);
    this.depClause = List.of(areas).indexOf(DEP_CLAUSE);
    for (WordClass c : WordClass.values()) {
      if (c.language() == language) {
        pre.put(c, expandRules(c.pre(), c.hasAssembly()));
        post.put(c, expandRules(c.post(), c.hasAssembly()));
      }
    }
    readoutTargets = new int[areas.length][];
    for (int i = 0; i < areas.length; i++) {
      String key = Areas.isAdjective(areas[i]) ? ADJ : areas[i];
      List<String> targets = expand(language.readout().getOrDefault(key, List.of()));
      readoutTargets[i] = targets.stream().mapToInt(this::position).toArray();
    }
  }

  /** A parser of a language with its built-in lexicon and the default configuration. */
  public static Parser of(Language language) {
    return new Parser(language, Lexicon.builtin(language), ParserConfig.defaults());
  }

  /** This parser with another lexicon (of the same language). */
  public Parser withLexicon(Lexicon lexicon) {
    return new Parser(language, lexicon, config);
  }

  /** This parser with other parameters. */
  public Parser withConfig(ParserConfig config) {
    return new Parser(language, lexicon, config);
  }

  public Language language() {
    return language;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  public ParserConfig config() {
    return config;
  }

  /** The areas of this parser's brain (the adjective areas expanded). */
  public List<String> areas() {
    return List.of(areas);
  }

  /** Parses a sentence (words separated by spaces) with a brain built from {@code seed}. */
  public Parse parse(String sentence, long seed) {
    return parse(sentence, seed, false);
  }

  /**
   * Parses a sentence; with {@code trace}, records per word what was open and what fired.
   *
   * @throws IllegalArgumentException an empty sentence, an unknown word, no verb, more adjectives
   *     before one noun than adjective areas, a second relative clause
   * @throws IllegalStateException the rules made LEX fire into two areas at once (English)
   */
  public Parse parse(String sentence, long seed, boolean trace) {
    long t0 = System.nanoTime();
    List<String> words = words(sentence);
    List<Lexicon.Entry> entries = new ArrayList<>();
    for (String w : words) {
      entries.add(lexicon.entry(w));
    }
    Run run = new Run(seed, trace);
    for (Lexicon.Entry e : entries) {
      run.word(e);
    }
    ParseTree tree = run.readout(sentence);
    return new Parse(language, words, run.dependencies, tree, (System.nanoTime() - t0) / 1e9, run.steps);
  }

  /** The words of a sentence, lower case, commas split off. */
  static List<String> words(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException("the sentence is empty");
    }
    // a comma is a word of its own ("chase, run" = "chase , run")
    return Arrays.stream(sentence.replace(",", " , ").strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
  }

  // ------------------------------------------------------------------ tables

  private List<String> expand(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String a : names) {
      if (a.equals(ADJ)) {
        out.addAll(adjectiveAreas);
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The rules with the group ADJ expanded and, with {@code clause}, every rule on SUBJ, OBJ or VERB
   * repeated on the dependent clause's DEP_SUBJ, DEP_OBJ, DEP_VERB (a fiber rule on both of its
   * areas: VERB–OBJ gives DEP_VERB–DEP_OBJ).
   */
  private List<Rule> expandRules(List<Rule> rules, boolean clause) {
    boolean mirror = clause && hasClause();
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      switch (r) {
        case Rule.OnArea a -> {
          for (String x : expandOne(a.area())) {
            out.add(new Rule.OnArea(a.inhibit(), x, a.index()));
            if (mirror && Areas.clauseOf(x) != null) {
              out.add(new Rule.OnArea(a.inhibit(), Areas.clauseOf(x), a.index()));
            }
          }
        }
        case Rule.OnFiber f -> {
          for (String x : expandOne(f.a())) {
            for (String y : expandOne(f.b())) {
              out.add(new Rule.OnFiber(f.inhibit(), x, y, f.index()));
              if (mirror && (Areas.clauseOf(x) != null || Areas.clauseOf(y) != null)) {
                out.add(new Rule.OnFiber(f.inhibit(), inClause(x), inClause(y), f.index()));
              }
            }
          }
        }
        case Rule.Clear c -> {
          for (String x : expandOne(c.area())) {
            out.add(new Rule.Clear(x));
            if (mirror && Areas.clauseOf(x) != null) {
              out.add(new Rule.Clear(Areas.clauseOf(x)));
            }
          }
        }
        case Rule.Reset reset -> out.add(reset);
      }
    }
    return List.copyOf(out);
  }

  private List<String> expandOne(String a) {
    return a.equals(ADJ) ? adjectiveAreas : List.of(a);
  }

  /** The dependent clause's area for SUBJ, OBJ, VERB; any other area itself. */
  private static String inClause(String a) {
    return Areas.clauseOf(a) != null ? Areas.clauseOf(a) : a;
  }

  private boolean hasClause() {
    return List.of(areas).contains(DEP_VERB);
  }

  private int position(String area) {
    for (int i = 0; i < areas.length; i++) {
      if (areas[i].equals(area)) {
        return i;
      }
    }
    throw new IllegalStateException("no area " + area);
  }

  // ------------------------------------------------------------------ one parse

  /** The state of one parse: the brain, the inhibition state and the fibers used. */
  private final class Run {
    final Brain brain;
    Inhibition inhibition = new Inhibition(List.of(areas));
    final int m = areas.length;
    final boolean[][] used = new boolean[m][m];
    final boolean[][] map = new boolean[m][m];
    final boolean[] has = new boolean[m];
    final List<Dependency> dependencies = new ArrayList<>();
    final List<Parse.Step> steps = new ArrayList<>();
    final boolean trace;

    Run(long seed, boolean trace) {
      this.trace = trace;
      brain = Brain.builder(config.p()).seed(seed).build();
      int blocks = Math.max(language.lexBlocks(), lexicon.lexemes());
      brain.addExplicitArea(LEX, blocks * config.lexK(), config.lexK(), config.defaultBeta());
      for (String a : areas) {
        if (!a.equals(LEX)) {
          brain.addArea(a, config.areaN(), a.equals(DET) ? config.lexK() : config.areaK(), config.defaultBeta());
        }
      }
      List<String> recurrent = expand(language.recurrent());
      for (String a : recurrent) {
        brain.setBeta(LEX, a, config.lexBeta());
        brain.setBeta(a, LEX, config.lexBeta());
        brain.setBeta(a, a, config.recurrentBeta());
        for (String b : recurrent) {
          if (!b.equals(a)) {
            brain.setBeta(a, b, config.interareaBeta());
          }
        }
      }
      rest();
    }

    /**
     * Every area and fiber inhibited but the initially open areas; the dependent clause's areas
     * mirror the main ones and hold the clause inhibitor.
     */
    private void rest() {
      inhibition = new Inhibition(List.of(areas));
      for (String a : language.initiallyOpen()) {
        inhibition.disinhibitArea(a, 0);
        if (hasClause() && Areas.clauseOf(a) != null) {
          inhibition.disinhibitArea(Areas.clauseOf(a), 0);
        }
      }
      for (String a : areas) {
        if (Areas.mainOf(a) != null) {
          inhibition.inhibitArea(a, Rule.CLAUSE);
        }
      }
    }

    void word(Lexicon.Entry e) {
      WordClass c = e.wordClass();
      if (c == WordClass.RELATIVE && brain.winners(DEP_CLAUSE).size() > 0) {
        // a second clause would reuse DEP_CLAUSE, DEP_SUBJ, DEP_OBJ, DEP_VERB: the first clause's
        // synapses and recorded fibers mix into it (seeds 1–20, two such sentences: every parse wrong)
        throw new IllegalArgumentException("'" + e.word() + "': one relative clause per sentence is supported"
            + (inClause() ? " (this one is inside another: one level of embedding)" : ""));
      }
      if (c.hasAssembly()) {
        brain.activate(LEX, e.index());
      }
      String slot = pre.get(c).stream().anyMatch(Run::usesSlot) ? adjectiveSlot(e.word()) : null;
      apply(pre.get(c), slot);
      computeMap();
      List<String> frozen = new ArrayList<>();
      List<String> cleared = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        if (!fires(i)) {
          continue;
        }
        if (!map[lex][i]) {
          brain.fix(areas[i]);
          frozen.add(areas[i]);
        } else if (i != lex) {
          brain.inhibit(areas[i]);
          cleared.add(areas[i]);
        }
      }
      List<String> openAreas = trace ? inhibition.openAreas() : List.of();
      List<String> openFibers = trace ? inhibition.openFibers() : List.of();
      List<Map<String, List<String>>> rounds = new ArrayList<>();
      for (int r = 0; r < config.rounds(); r++) {
        computeMap();
        Projection.Builder pb = Projection.builder();
        boolean any = false;
        for (int i = 0; i < m; i++) {
          List<String> targets = null;
          for (int j = 0; j < m; j++) {
            if (map[i][j]) {
              used[i][j] = true;
              if (targets == null) {
                targets = new ArrayList<>(2);
              }
              targets.add(areas[j]);
            }
          }
          if (targets != null) {
            pb.area(areas[i], targets.toArray(String[]::new));
            any = true;
          }
        }
        if (trace) {
          rounds.add(firing());
        }
        if (any) {
          brain.project(pb.build());
        }
      }
      apply(post.get(c), slot);
      if (trace) {
        steps.add(new Parse.Step(e.word(), c.label(), openAreas, openFibers, frozen, cleared, rounds));
      }
    }

    /** Between "that" and ",": the clause's verb area has lost its clause inhibitor. */
    private boolean inClause() {
      return hasClause() && !inhibition.areaInhibitors(DEP_VERB).contains(Rule.CLAUSE);
    }

    private static boolean usesSlot(Rule r) {
      return switch (r) {
        case Rule.OnArea a -> a.area().equals(ADJ_SLOT);
        case Rule.OnFiber f -> f.a().equals(ADJ_SLOT) || f.b().equals(ADJ_SLOT);
        case Rule.Clear c -> c.area().equals(ADJ_SLOT);
        case Rule.Reset reset -> false;
      };
    }

    /** The first adjective area holding no adjective (the reference: always its single ADJ). */
    private String adjectiveSlot(String word) {
      for (String a : adjectiveAreas) {
        if (brain.winners(a).size() == 0) {
          return a;
        }
      }
      if (adjectiveAreas.size() == 1) {
        return adjectiveAreas.get(0); // the reference: the new adjective replaces the old one
      }
      throw new IllegalArgumentException("'" + word + "': more than " + adjectiveAreas.size()
          + " adjectives before one noun; the parser has " + adjectiveAreas.size() + " adjective areas");
    }

    private void apply(List<Rule> rules, String slot) {
      for (Rule r : rules) {
        switch (r) {
          case Rule.OnArea a -> {
            String x = a.area().equals(ADJ_SLOT) ? slot : a.area();
            if (a.inhibit()) {
              inhibition.inhibitArea(x, a.index());
            } else {
              inhibition.disinhibitArea(x, a.index());
            }
          }
          case Rule.OnFiber f -> {
            String x = f.a().equals(ADJ_SLOT) ? slot : f.a();
            String y = f.b().equals(ADJ_SLOT) ? slot : f.b();
            if (f.inhibit()) {
              inhibition.inhibitFiber(x, y, f.index());
            } else {
              inhibition.disinhibitFiber(x, y, f.index());
            }
          }
          case Rule.Clear c -> brain.inhibit(c.area().equals(ADJ_SLOT) ? slot : c.area());
          case Rule.Reset reset -> rest();
        }
      }
    }

    /**
     * The projection map: for every pair of open areas with an open fiber (LEX–LEX skipped), the
     * first fires into the second if it has winners, and the second into itself if it has winners.
     */
    private void computeMap() {
      for (int i = 0; i < m; i++) {
        Arrays.fill(map[i], false);
        has[i] = brain.winners(areas[i]).size() > 0;
      }
      for (int i = 0; i < m; i++) {
        if (!inhibition.areaOpen(i)) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          if ((i == lex && j == lex) || !inhibition.areaOpen(j) || !inhibition.fiberOpen(i, j)) {
            continue;
          }
          if (has[i]) {
            map[i][j] = true;
          }
          if (has[j]) {
            map[j][j] = true;
          }
        }
      }
      if (language.lexIntoOneArea()) {
        List<String> into = new ArrayList<>();
        for (int j = 0; j < m; j++) {
          if (j != lex && map[lex][j]) {
            into.add(areas[j]);
          }
        }
        if (into.size() > 1) {
          throw new IllegalStateException("LEX would fire into " + into + " at once (at most one area besides "
              + "itself): the rules do not decide where this word goes");
        }
      }
    }

    private boolean fires(int i) {
      for (int j = 0; j < m; j++) {
        if (map[i][j]) {
          return true;
        }
      }
      return false;
    }

    private Map<String, List<String>> firing() {
      Map<String, List<String>> f = new LinkedHashMap<>();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (map[i][j]) {
            f.computeIfAbsent(areas[i], x -> new ArrayList<>()).add(areas[j]);
          }
        }
      }
      f.replaceAll((k, v) -> List.copyOf(v));
      return f;
    }

    // ---------------------------------------------------------------- readout

    ParseTree readout(String sentence) {
      brain.setPlasticityEnabled(false);
      for (String a : areas) {
        brain.unfix(a);
      }
      if (brain.winners(VERB).size() == 0) {
        throw new IllegalArgumentException("no verb in '" + sentence.strip()
            + "': the parse is read out from the verb's assembly"
            + (inClause() ? " (a relative clause 'that …' before the main verb must end with ',')" : ""));
      }
      List<ParseTree> children = new ArrayList<>();
      String head = readOut(verb, children);
      return new ParseTree(head, ParseTree.ROOT, children);
    }

    /**
     * Fires {@code area} along its used, allowed fibers; reads its word from LEX, then every target's
     * word, emitting (word, dependent, relation), and recurses, each target from the assembly this
     * area evoked in it (a sibling's subtree may have fired into the same area since). Returns the
     * area's word and adds the dependents' subtrees to {@code children}. The dependent of DEP_CLAUSE
     * is the clause's verb: DEP_CLAUSE → DEP_VERB → LEX, and its subtree is DEP_VERB's.
     */
    private String readOut(int area, List<ParseTree> children) {
      List<Integer> targets = new ArrayList<>();
      for (int t : readoutTargets[area]) {
        if (used[area][t]) {
          targets.add(t);
        }
      }
      if (targets.isEmpty()) {
        return Dependency.NON_WORD;
      }
      brain.project(Projection.builder().area(areas[area],
          targets.stream().map(t -> areas[t]).toArray(String[]::new)).build());
      String head = word();
      List<Assembly> evoked = new ArrayList<>();
      for (int t : targets) {
        evoked.add(brain.winners(areas[t]));
      }
      List<String> dependents = new ArrayList<>();
      List<Assembly> heads = new ArrayList<>(); // per dependent, the assembly whose subtree is read
      List<String> relations = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        int t = targets.get(i);
        if (t == lex) {
          continue;
        }
        Assembly dependent = evoked.get(i);
        if (t == depClause) {
          int v = position(DEP_VERB);
          if (!used[t][v]) {
            continue;
          }
          brain.project(Projection.builder().area(DEP_CLAUSE, DEP_VERB).build());
          dependent = brain.winners(DEP_VERB);
        }
        brain.project(Projection.builder().area(dependent.area(), LEX).build());
        String word = word();
        dependents.add(word);
        heads.add(dependent);
        relations.add(Areas.relation(areas[t]));
        dependencies.add(new Dependency(head, word, Areas.relation(areas[t])));
      }
      for (int i = 0; i < dependents.size(); i++) {
        Assembly a = heads.get(i);
        List<ParseTree> grandChildren = new ArrayList<>();
        brain.setWinners(a.area(), a.neurons());
        readOut(position(a.area()), grandChildren);
        children.add(new ParseTree(dependents.get(i), relations.get(i), grandChildren));
      }
      return head;
    }

    /** The word whose LEX assembly the winners of LEX overlap by ≥ readoutOverlap·LEX_k. */
    private String word() {
      int k = config.lexK();
      int[] w = brain.winners(LEX).neurons();
      int[] counts = new int[brain.n(LEX) / k];
      for (int x : w) {
        counts[x / k]++;
      }
      double threshold = config.readoutOverlap() * k;
      for (int b = 0; b < counts.length; b++) {
        if (counts[b] >= threshold && b < lexicon.lexemes()) {
          return lexicon.lemma(b);
        }
      }
      return Dependency.NON_WORD;
    }
  }
}
