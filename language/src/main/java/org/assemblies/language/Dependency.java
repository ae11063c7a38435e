package org.assemblies.language;

/**
 * One dependency read out of the parser: {@code head} governs {@code dependent} through the area
 * {@code relation} (SUBJ, OBJ, DET, ADJ, ADVERB, PREP, PREP_P; NOM, ACC, DAT in Russian). A word
 * the readout cannot name is {@link #NON_WORD}.
 */
public record Dependency(String head, String dependent, String relation) {
  /** What the readout names an assembly that matches no word. */
  public static final String NON_WORD = "<NON-WORD>";

  public Dependency {
    if (head == null || dependent == null || relation == null) {
      throw new IllegalArgumentException("head, dependent and relation must not be null");
    }
  }

  /** "(chase,dogs,SUBJ)", as in the spec's table. */
  @Override
  public String toString() {
    return "(" + head + "," + dependent + "," + relation + ")";
  }

  /** Parses "(chase,dogs,SUBJ)". */
  public static Dependency parse(String text) {
    String t = text.strip();
    if (!t.startsWith("(") || !t.endsWith(")")) {
      throw new IllegalArgumentException("dependency '" + text + "' must look like (head,dependent,RELATION)");
    }
    String[] f = t.substring(1, t.length() - 1).split(",");
    if (f.length != 3) {
      throw new IllegalArgumentException("dependency '" + text + "' must look like (head,dependent,RELATION)");
    }
    return new Dependency(f[0].strip(), f[1].strip(), f[2].strip());
  }
}
