package org.assemblies.language;

import static org.assemblies.language.Areas.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A language of the parser: its areas, which of them are recurrent, which are open at the start,
 * and the readout rules (spec language.md §1; the reference's {@code EnglishParserBrain} and
 * {@code RussianParserBrain}; English with the dependent-clause areas of {@code recursive_parser.py}
 * and the dependent clause's own argument areas DEP_SUBJ, DEP_OBJ, DEP_VERB). The group name {@link Areas#ADJ} stands for every adjective area.
 */
public enum Language {
  ENGLISH("English", "en",
      List.of(LEX, DET, SUBJ, OBJ, VERB, ADJ, ADVERB, PREP, PREP_P, DEP_CLAUSE, DEP_SUBJ, DEP_OBJ, DEP_VERB),
      List.of(SUBJ, OBJ, VERB, ADJ, ADVERB, PREP, PREP_P, DEP_CLAUSE, DEP_SUBJ, DEP_OBJ, DEP_VERB),
      List.of(LEX, SUBJ, VERB),
      readout(VERB, List.of(LEX, SUBJ, OBJ, PREP_P, ADVERB, ADJ),
          DEP_VERB, List.of(LEX, DEP_SUBJ, DEP_OBJ, PREP_P, ADVERB, ADJ),
          SUBJ, List.of(LEX, DET, ADJ, PREP_P, DEP_CLAUSE),
          OBJ, List.of(LEX, DET, ADJ, PREP_P, DEP_CLAUSE),
          DEP_SUBJ, List.of(LEX, DET, ADJ, PREP_P),
          DEP_OBJ, List.of(LEX, DET, ADJ, PREP_P),
          DEP_CLAUSE, List.of(DEP_VERB),
          PREP_P, List.of(LEX, PREP, ADJ, DET),
          PREP, List.of(LEX),
          ADJ, List.of(LEX),
          DET, List.of(LEX),
          ADVERB, List.of(LEX)),
      20, true),
  RUSSIAN("Russian", "ru",
      List.of(LEX, NOM, VERB, ACC, DAT),
      List.of(NOM, VERB, ACC, DAT),
      List.of(LEX),
      readout(VERB, List.of(LEX, NOM, ACC, DAT),
          NOM, List.of(LEX),
          ACC, List.of(LEX),
          DAT, List.of(LEX)),
      7, false);

  private final String label;
  private final String code;
  private final List<String> areas;
  private final List<String> recurrent;
  private final List<String> initiallyOpen;
  private final Map<String, List<String>> readout;
  private final int lexBlocks;
  private final boolean lexIntoOneArea;

  Language(String label, String code, List<String> areas, List<String> recurrent, List<String> initiallyOpen,
      Map<String, List<String>> readout, int lexBlocks, boolean lexIntoOneArea) {
    this.label = label;
    this.code = code;
    this.areas = areas;
    this.recurrent = recurrent;
    this.initiallyOpen = initiallyOpen;
    this.readout = readout;
    this.lexBlocks = lexBlocks;
    this.lexIntoOneArea = lexIntoOneArea;
  }

  private static Map<String, List<String>> readout(Object... pairs) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> targets = (List<String>) pairs[i + 1];
      m.put((String) pairs[i], targets);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** "English" or "Russian". */
  public String label() {
    return label;
  }

  /** "en" or "ru". */
  public String code() {
    return code;
  }

  /** The language of a code or name ("en", "english", "ru", "russian"). */
  public static Language of(String codeOrName) {
    String s = codeOrName.strip().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(s) || l.label.toLowerCase(Locale.ROOT).equals(s)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + codeOrName + "'; languages: en, ru");
  }

  /** The areas (ADJ standing for every adjective area). */
  List<String> areas() {
    return areas;
  }

  List<String> recurrent() {
    return recurrent;
  }

  List<String> initiallyOpen() {
    return initiallyOpen;
  }

  /** Readout rules: which recorded fibers (source → targets) the readout follows. */
  Map<String, List<String>> readout() {
    return readout;
  }

  /** Assemblies of LEX of the reference (n = lexBlocks · LEX_k): 20 for English, 7 for Russian. */
  int lexBlocks() {
    return lexBlocks;
  }

  /** English only: LEX may project into at most one area besides itself ("war of fibers"). */
  boolean lexIntoOneArea() {
    return lexIntoOneArea;
  }
}
