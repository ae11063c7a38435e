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

  /** In rules: the adjective area this adjective goes into (the first one holding no adjective). */
  static final String ADJ_SLOT = "ADJ#";

  /** The name of adjective area {@code i} (0-based): ADJ, ADJ2, ADJ3, ... */
  static String adjective(int i) {
    return i == 0 ? ADJ : ADJ + (i + 1);
  }

  static boolean isAdjective(String area) {
    return area.equals(ADJ) || (area.startsWith(ADJ) && area.length() > 3 && area.substring(3).chars().allMatch(Character::isDigit));
  }

  /** The relation a dependency through this area is labelled with: the area, ADJ for every adjective area. */
  static String relation(String area) {
    return isAdjective(area) ? ADJ : area;
  }
}
