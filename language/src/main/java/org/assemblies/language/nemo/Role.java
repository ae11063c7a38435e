package org.assemblies.language.nemo;

/**
 * The thematic roles of a transitive scene, each with its role area and the syntactic area that
 * the role area disinhibits (fixed anatomy, as in the reference's {@code get_syntax_area}).
 */
public enum Role {
  /** The doer: role area AGENT, syntactic area SUBJ, symbol S. */
  AGENT("AGENT", "SUBJ", 'S'),
  /** The action: role area ACTION, syntactic area VERB, symbol V. */
  ACTION("ACTION", "VERB", 'V'),
  /** The undergoer: role area PATIENT, syntactic area OBJ, symbol O. */
  PATIENT("PATIENT", "OBJ", 'O');

  private final String area;
  private final String syntacticArea;
  private final char symbol;

  Role(String area, String syntacticArea, char symbol) {
    this.area = area;
    this.syntacticArea = syntacticArea;
    this.symbol = symbol;
  }

  /** The role area's name. */
  public String area() {
    return area;
  }

  /** The syntactic area (SUBJ, VERB, OBJ) this role's area disinhibits. */
  public String syntacticArea() {
    return syntacticArea;
  }

  /** S, V or O. */
  public char symbol() {
    return symbol;
  }

  /** The role of symbol S, V or O. */
  public static Role ofSymbol(char c) {
    for (Role r : values()) {
      if (r.symbol == c) {
        return r;
      }
    }
    throw new IllegalArgumentException("role symbol '" + c + "' must be one of S, V, O");
  }
}
