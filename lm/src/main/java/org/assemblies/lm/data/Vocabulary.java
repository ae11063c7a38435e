package org.assemblies.lm.data;

import java.util.Arrays;
import java.util.List;

/**
 * The characters of a corpus (Unicode code points, sorted); a character's id is its index.
 *
 * @param codePoints the characters, strictly increasing
 */
public record Vocabulary(int[] codePoints) {

  public Vocabulary {
    codePoints = codePoints.clone();
    for (int i = 1; i < codePoints.length; i++) {
      if (codePoints[i] <= codePoints[i - 1]) {
        throw new IllegalArgumentException("codePoints must be strictly increasing (index " + i + ")");
      }
    }
    if (codePoints.length == 0) {
      throw new IllegalArgumentException("a vocabulary needs at least one character");
    }
  }

  /** The distinct characters of this text. */
  public static Vocabulary of(String text) {
    return new Vocabulary(text.codePoints().distinct().sorted().toArray());
  }

  /** From the characters as strings (the JSON form of a checkpoint). */
  public static Vocabulary ofStrings(List<String> chars) {
    return new Vocabulary(chars.stream().mapToInt(s -> s.codePointAt(0)).sorted().toArray());
  }

  /** The characters as one-character strings (for JSON). */
  public List<String> asStrings() {
    return Arrays.stream(codePoints).mapToObj(Character::toString).toList();
  }

  public int size() {
    return codePoints.length;
  }

  /** The id of a character, or −1 if it is not in the vocabulary. */
  public int id(int codePoint) {
    int i = Arrays.binarySearch(codePoints, codePoint);
    return i >= 0 ? i : -1;
  }

  /** Ids of the characters of {@code text}; a character outside the vocabulary is an error naming it. */
  public int[] encode(String text) {
    return text.codePoints().map(c -> {
      int i = id(c);
      if (i < 0) {
        throw new IllegalArgumentException("character '" + Character.toString(c) + "' (U+"
            + Integer.toHexString(c).toUpperCase() + ") is not in the corpus vocabulary");
      }
      return i;
    }).toArray();
  }

  public String decode(int[] ids) {
    StringBuilder sb = new StringBuilder();
    for (int i : ids) {
      sb.appendCodePoint(codePoints[i]);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vocabulary v && Arrays.equals(codePoints, v.codePoints);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codePoints);
  }

  @Override
  public String toString() {
    return "Vocabulary[" + codePoints.length + " characters]";
  }
}
