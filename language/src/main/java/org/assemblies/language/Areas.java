package org.assemblies.language;

/** Area names of the parser (spec language.md §1). */
public final class Areas {
  private Areas() {}

  public static final String LEX = "LEX";
  public static final String DET = "DET";
  public static final String SUBJ = "SUBJ";
  public static final String OBJ = "OBJ";
  public static final String VERB = "VERB";
  /** The (first) adjective area; further ones are ADJ2, ADJ3, ... (see {@link ParserConfig#adjectiveAreas}). */
  public static final String ADJ = "ADJ";
  public static final String ADVERB = "ADVERB";
  public static final String PREP = "PREP";
  public static final String PREP_P = "PREP_P";
  public static final String NOM = "NOM";
  public static final String ACC = "ACC";
  public static final String DAT = "DAT";
  /**
   * The dependent-clause area (center embedding): on "that" it takes an assembly from the head
   * noun's area, links it to the clause's verb, and on "," gives the head noun back.
   */
  public static final String DEP_CLAUSE = "DEP_CLAUSE";
  /** The subject area of a dependent clause: open from "that" to "," instead of SUBJ. */
  public static final String DEP_SUBJ = "DEP_SUBJ";
  /** The object area of a dependent clause: open from "that" to "," instead of OBJ. */
  public static final String DEP_OBJ = "DEP_OBJ";
  /** The verb area of a dependent clause: open from "that" to "," instead of VERB. */
  public static final String DEP_VERB = "DEP_VERB";
  /** The relation of a noun to the verb of its dependent clause (the reference's label). */
  public static final String DEP_VERB_RELATION = "DEP-VERB";

  /** In rules: the adjective area this adjective goes into (the first one holding no adjective). */
  static final String ADJ_SLOT = "ADJ#";

  /** The name of adjective area {@code i} (0-based): ADJ, ADJ2, ADJ3, ... */
  static String adjective(int i) {
    return i == 0 ? ADJ : ADJ + (i + 1);
  }

  static boolean isAdjective(String area) {
    return area.equals(ADJ) || (area.startsWith(ADJ) && area.length() > 3 && area.substring(3).chars().allMatch(Character::isDigit));
  }

  /** The main clause's area a dependent clause's area stands in for (SUBJ for DEP_SUBJ, ...), else null. */
  static String mainOf(String area) {
    return switch (area) {
      case DEP_SUBJ -> SUBJ;
      case DEP_OBJ -> OBJ;
      case DEP_VERB -> VERB;
      default -> null;
    };
  }

  /** The dependent clause's area standing in for a main clause's area (DEP_SUBJ for SUBJ, ...), else null. */
  static String clauseOf(String area) {
    return switch (area) {
      case SUBJ -> DEP_SUBJ;
      case OBJ -> DEP_OBJ;
      case VERB -> DEP_VERB;
      default -> null;
    };
  }

  /**
   * The relation a dependency through this area is labelled with: the area, ADJ for every adjective
   * area, SUBJ/OBJ for DEP_SUBJ/DEP_OBJ, DEP-VERB for the dependent-clause area.
   */
  static String relation(String area) {
    if (isAdjective(area)) {
      return ADJ;
    }
    if (area.equals(DEP_CLAUSE)) {
      return DEP_VERB_RELATION;
    }
    return mainOf(area) != null ? mainOf(area) : area;
  }
}
