package org.assemblies.language;

import static org.assemblies.language.Areas.*;
import static org.assemblies.language.Rule.close;
import static org.assemblies.language.Rule.closeArea;
import static org.assemblies.language.Rule.open;
import static org.assemblies.language.Rule.openArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word classes of the parser and their rules, applied before (PRE) and after (POST) the word
 * is projected: the table of spec language.md §1, which is that of the reference's
 * {@code generic_noun}, {@code generic_trans_verb}, ... in {@code parser.py}.
 *
 * <p>Beyond the reference: an adjective opens the first adjective area that holds no adjective yet
 * (ADJ, ADJ2, ...), and a noun clears the adjective areas after taking them up, so that
 * several adjectives of one noun each keep their own assembly (see {@link ParserConfig#adjectiveAreas}).
 *
 * <p>Center embedding (spec language.md §1, the reference's {@code recursive_parser.py}, with a
 * clause's own SUBJ, OBJ and VERB areas): {@link #RELATIVE} ("that") and {@link #CLAUSE_END} (",")
 * open and close a dependent clause. Every rule of the other classes on SUBJ, OBJ or VERB applies
 * to DEP_SUBJ, DEP_OBJ, DEP_VERB as well (the rules of "that" and "," name their areas exactly); the
 * clause inhibitor {@link Rule#CLAUSE} keeps one of each pair closed, so the same rules send a word
 * into the clause's areas inside a clause and into the main ones outside. See
 * docs/design/center-embedding.md.
 */
public enum WordClass {
  DETERMINER(Language.ENGLISH, "det",
      List.of(openArea(DET), open(LEX, DET)),
      List.of(close(LEX, DET), close(VERB, ADJ))),
  NOUN(Language.ENGLISH, "noun",
      List.of(open(LEX, SUBJ), open(LEX, OBJ), open(LEX, PREP_P), open(DET, SUBJ), open(DET, OBJ),
          open(DET, PREP_P), open(ADJ, SUBJ), open(ADJ, OBJ), open(ADJ, PREP_P), open(VERB, OBJ),
          open(PREP_P, PREP), open(PREP_P, SUBJ), open(PREP_P, OBJ)),
      nounPost()),
  TRANSITIVE_VERB(Language.ENGLISH, "trans_verb",
      List.of(open(LEX, VERB), open(VERB, SUBJ), open(VERB, Areas.ADVERB), openArea(Areas.ADVERB, 1),
          open(DEP_CLAUSE, DEP_VERB)),
      List.of(close(LEX, VERB), openArea(OBJ), closeArea(SUBJ), closeArea(Areas.ADVERB), open(PREP_P, VERB),
          close(DEP_CLAUSE, DEP_VERB))),
  INTRANSITIVE_VERB(Language.ENGLISH, "intrans_verb",
      List.of(open(LEX, VERB), open(VERB, SUBJ), open(VERB, Areas.ADVERB), openArea(Areas.ADVERB, 1),
          open(DEP_CLAUSE, DEP_VERB)),
      List.of(close(LEX, VERB), closeArea(SUBJ), closeArea(Areas.ADVERB), open(PREP_P, VERB),
          close(DEP_CLAUSE, DEP_VERB))),
  COPULA(Language.ENGLISH, "copula",
      List.of(open(LEX, VERB), open(VERB, SUBJ), open(DEP_CLAUSE, DEP_VERB)),
      List.of(close(LEX, VERB), openArea(OBJ), closeArea(SUBJ), open(ADJ, VERB), close(DEP_CLAUSE, DEP_VERB))),
  ADVERB(Language.ENGLISH, "adverb",
      List.of(openArea(Areas.ADVERB), open(LEX, Areas.ADVERB)),
      List.of(close(LEX, Areas.ADVERB), closeArea(Areas.ADVERB, 1))),
  PREPOSITION(Language.ENGLISH, "prep",
      List.of(openArea(PREP), open(LEX, PREP)),
      List.of(close(LEX, PREP), openArea(PREP_P), close(LEX, SUBJ, 1), close(LEX, OBJ, 1),
          close(DET, SUBJ, 1), close(DET, OBJ, 1), close(ADJ, SUBJ, 1), close(ADJ, OBJ, 1))),
  ADJECTIVE(Language.ENGLISH, "adj",
      List.of(openArea(ADJ_SLOT), open(LEX, ADJ_SLOT)),
      List.of(close(LEX, ADJ), close(VERB, ADJ))),
  /**
   * "that": a dependent clause begins. The head noun's area (SUBJ, or OBJ) fires into a fresh
   * assembly of DEP_CLAUSE, which stays open for the clause's verb; the head word, still active in
   * LEX, fires into DEP_SUBJ if that is open (a subject head), so that the clause has a subject
   * until a noun of its own replaces it. Then the clause inhibitor closes SUBJ, OBJ, VERB (keeping
   * their assemblies) and opens DEP_SUBJ, DEP_OBJ, DEP_VERB in their place. No LEX assembly.
   */
  RELATIVE(Language.ENGLISH, "rel",
      List.of(new Rule.Clear(DEP_CLAUSE), openArea(DEP_CLAUSE), open(SUBJ, DEP_CLAUSE), open(OBJ, DEP_CLAUSE),
          openArea(DEP_SUBJ, Rule.CLAUSE), open(LEX, DEP_SUBJ)),
      List.of(close(SUBJ, DEP_CLAUSE), close(OBJ, DEP_CLAUSE), close(LEX, DEP_SUBJ), closeArea(SUBJ, Rule.CLAUSE),
          closeArea(OBJ, Rule.CLAUSE), closeArea(VERB, Rule.CLAUSE), openArea(DEP_OBJ, Rule.CLAUSE),
          openArea(DEP_VERB, Rule.CLAUSE))),
  /**
   * ",": the dependent clause ends. Every area and fiber returns to rest (the reference's
   * {@code initialize_states}): SUBJ and VERB open, the clause's areas and DEP_CLAUSE closed. The head
   * noun's assembly is still in SUBJ (closed, hence untouched, during the clause). No LEX assembly.
   */
  CLAUSE_END(Language.ENGLISH, "comma", List.of(new Rule.Reset()), List.of()),

  RUSSIAN_VERB(Language.RUSSIAN, "verb",
      List.of(openArea(VERB), open(LEX, VERB), open(VERB, NOM), open(VERB, ACC)),
      List.of(close(LEX, VERB))),
  RUSSIAN_DITRANSITIVE_VERB(Language.RUSSIAN, "ditrans_verb",
      List.of(openArea(VERB), open(LEX, VERB), open(VERB, NOM), open(VERB, ACC), open(VERB, DAT)),
      List.of(close(LEX, VERB))),
  NOMINATIVE_NOUN(Language.RUSSIAN, "nom", List.of(openArea(NOM), open(LEX, NOM)), List.of(close(LEX, NOM))),
  ACCUSATIVE_NOUN(Language.RUSSIAN, "acc", List.of(openArea(ACC), open(LEX, ACC)), List.of(close(LEX, ACC))),
  DATIVE_NOUN(Language.RUSSIAN, "dat", List.of(openArea(DAT), open(LEX, DAT)), List.of(close(LEX, DAT)));

  private final Language language;
  private final String label;
  private final List<Rule> pre;
  private final List<Rule> post;

  WordClass(Language language, String label, List<Rule> pre, List<Rule> post) {
    this.language = language;
    this.label = label;
    this.pre = pre;
    this.post = post;
  }

  private static List<Rule> nounPost() {
    List<Rule> r = new ArrayList<>(List.of(closeArea(DET), closeArea(ADJ), closeArea(PREP_P), closeArea(PREP),
        close(LEX, SUBJ), close(LEX, OBJ), close(LEX, PREP_P), close(ADJ, SUBJ), close(ADJ, OBJ),
        close(ADJ, PREP_P), close(DET, SUBJ), close(DET, OBJ), close(DET, PREP_P), close(VERB, OBJ),
        close(PREP_P, PREP), close(PREP_P, VERB), open(LEX, SUBJ, 1), open(LEX, OBJ, 1), open(DET, SUBJ, 1),
        open(DET, OBJ, 1), open(ADJ, SUBJ, 1), open(ADJ, OBJ, 1), close(PREP_P, SUBJ), close(PREP_P, OBJ),
        close(VERB, ADJ)));
    r.add(new Rule.Clear(ADJ)); // beyond the reference: the adjectives are taken up by this noun
    return List.copyOf(r);
  }

  /** The language whose lexicon may use this class. */
  public Language language() {
    return language;
  }

  /** The name in lexicon files, e.g. {@code trans_verb}. */
  public String label() {
    return label;
  }

  /** Whether words of this class have an assembly in LEX ("that" and "," have none: they only switch areas). */
  public boolean hasAssembly() {
    return this != RELATIVE && this != CLAUSE_END;
  }

  List<Rule> pre() {
    return pre;
  }

  List<Rule> post() {
    return post;
  }

  /** The labels of the classes of a language, e.g. "det, noun, trans_verb, ...". */
  public static String labels(Language language) {
    StringBuilder sb = new StringBuilder();
    for (WordClass c : values()) {
      if (c.language == language) {
        sb.append(sb.isEmpty() ? "" : ", ").append(c.label);
      }
    }
    return sb.toString();
  }

  /** The class of {@code language} labelled {@code label} (case-insensitive). */
  public static WordClass of(Language language, String label) {
    String l = label.strip().toLowerCase(Locale.ROOT);
    for (WordClass c : values()) {
      if (c.language == language && c.label.equals(l)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown word class '" + label + "' for " + language.label()
        + "; classes: " + labels(language));
  }
}
