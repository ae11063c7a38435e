package org.assemblies.language;

/**
 * One rule of a word class (spec language.md §1): INHIBIT or DISINHIBIT an area or a fiber with an
 * inhibitor index, or clear an area's winners. Area names may be the group {@link Areas#ADJ} (every
 * adjective area) or {@link Areas#ADJ_SLOT} (the adjective area the current adjective goes into);
 * the parser expands them.
 */
sealed interface Rule {

  /**
   * The inhibitor index of the dependent clause: "that" adds it to SUBJ, OBJ, VERB and removes it
   * from DEP_SUBJ, DEP_OBJ, DEP_VERB; at rest the clause's areas hold it.
   */
  int CLAUSE = 2;

  /** INHIBIT ({@code inhibit}) or DISINHIBIT the area with inhibitor {@code index}. */
  record OnArea(boolean inhibit, String area, int index) implements Rule {}

  /** INHIBIT ({@code inhibit}) or DISINHIBIT the fiber between {@code a} and {@code b}. */
  record OnFiber(boolean inhibit, String a, String b, int index) implements Rule {}

  /**
   * The area loses its winners (a noun has taken up its adjectives; a new clause or the restored head
   * noun needs a fresh assembly). Not in the reference.
   */
  record Clear(String area) implements Rule {}

  /**
   * Every area and fiber back to the resting state: only the language's initially open areas open
   * (the reference's {@code initialize_states}, at the end of a dependent clause).
   */
  record Reset() implements Rule {}

  static Rule openArea(String a) {
    return new OnArea(false, a, 0);
  }

  static Rule openArea(String a, int index) {
    return new OnArea(false, a, index);
  }

  static Rule closeArea(String a) {
    return new OnArea(true, a, 0);
  }

  static Rule closeArea(String a, int index) {
    return new OnArea(true, a, index);
  }

  static Rule open(String a, String b) {
    return new OnFiber(false, a, b, 0);
  }

  static Rule open(String a, String b, int index) {
    return new OnFiber(false, a, b, index);
  }

  static Rule close(String a, String b) {
    return new OnFiber(true, a, b, 0);
  }

  static Rule close(String a, String b, int index) {
    return new OnFiber(true, a, b, index);
  }
}
