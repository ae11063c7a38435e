package org.assemblies.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The inhibition state of the parser (spec language.md §1): every area and every fiber (an
 * unordered pair of areas, a pair of an area with itself included) holds a <em>set</em> of
 * inhibitor indices, and is open (disinhibited) iff that set is empty. {@code INHIBIT idx} adds
 * the index, {@code DISINHIBIT idx} removes it; a second inhibitor (index 1) therefore keeps a
 * fiber closed after its index 0 has been removed.
 *
 * <p>Initially every area and every fiber holds index 0. Indices are 0..63 (a bit set).
 */
public final class Inhibition {
  /** The largest inhibitor index. */
  public static final int MAX_INDEX = 63;

  private final List<String> areas;
  private final Map<String, Integer> indexOf = new LinkedHashMap<>();
  private final long[] area;
  private final long[] fiber; // [a * m + b], kept symmetric

  /** Every area and every fiber among {@code areas} inhibited by index 0. */
  public Inhibition(List<String> areas) {
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("areas must not be empty");
    }
    this.areas = List.copyOf(areas);
    for (String a : this.areas) {
      if (indexOf.put(a, indexOf.size()) != null) {
        throw new IllegalArgumentException("area '" + a + "' listed twice in " + areas);
      }
    }
    int m = this.areas.size();
    area = new long[m];
    fiber = new long[m * m];
    java.util.Arrays.fill(area, 1L);
    java.util.Arrays.fill(fiber, 1L);
  }

  /** The areas, in the order given. */
  public List<String> areas() {
    return areas;
  }

  /** Adds inhibitor {@code index} to the area. */
  public void inhibitArea(String a, int index) {
    area[idx(a)] |= bit(index);
  }

  /** Removes inhibitor {@code index} from the area. */
  public void disinhibitArea(String a, int index) {
    area[idx(a)] &= ~bit(index);
  }

  /** Adds inhibitor {@code index} to the fiber between {@code a} and {@code b} (both directions). */
  public void inhibitFiber(String a, String b, int index) {
    int i = idx(a);
    int j = idx(b);
    long v = bit(index);
    fiber[i * areas.size() + j] |= v;
    fiber[j * areas.size() + i] |= v;
  }

  /** Removes inhibitor {@code index} from the fiber between {@code a} and {@code b}. */
  public void disinhibitFiber(String a, String b, int index) {
    int i = idx(a);
    int j = idx(b);
    long v = ~bit(index);
    fiber[i * areas.size() + j] &= v;
    fiber[j * areas.size() + i] &= v;
  }

  public boolean isAreaOpen(String a) {
    return area[idx(a)] == 0;
  }

  public boolean isFiberOpen(String a, String b) {
    return fiber[idx(a) * areas.size() + idx(b)] == 0;
  }

  /** The inhibitor indices the area holds. */
  public Set<Integer> areaInhibitors(String a) {
    return indices(area[idx(a)]);
  }

  /** The inhibitor indices the fiber holds. */
  public Set<Integer> fiberInhibitors(String a, String b) {
    return indices(fiber[idx(a) * areas.size() + idx(b)]);
  }

  /** The open areas, in area order. */
  public List<String> openAreas() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      if (area[i] == 0) {
        out.add(areas.get(i));
      }
    }
    return out;
  }

  /** The open fibers as "A–B" (A before B in area order, "A–A" for a self-fiber). */
  public List<String> openFibers() {
    List<String> out = new ArrayList<>();
    int m = areas.size();
    for (int i = 0; i < m; i++) {
      for (int j = i; j < m; j++) {
        if (fiber[i * m + j] == 0) {
          out.add(areas.get(i) + "–" + areas.get(j));
        }
      }
    }
    return out;
  }

  // fast paths for the parser, by area position
  boolean areaOpen(int i) {
    return area[i] == 0;
  }

  boolean fiberOpen(int i, int j) {
    return fiber[i * areas.size() + j] == 0;
  }

  private int idx(String a) {
    Integer i = indexOf.get(a);
    if (i == null) {
      throw new IllegalArgumentException("unknown area '" + a + "'; areas: " + areas);
    }
    return i;
  }

  private static long bit(int index) {
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException("inhibitor index=" + index + " must be in [0, " + MAX_INDEX + "]");
    }
    return 1L << index;
  }

  private static Set<Integer> indices(long bits) {
    Set<Integer> s = new TreeSet<>();
    for (int i = 0; i <= MAX_INDEX; i++) {
      if ((bits & (1L << i)) != 0) {
        s.add(i);
      }
    }
    return Collections.unmodifiableSet(s);
  }
}
