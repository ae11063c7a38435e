package org.assemblies.computation.classification;

/**
 * The authors' encoding of an image as a set of firing input neurons (MNIST notebook of
 * {@code mdabagia/learning-with-assemblies}): blur with a 3×3 box filter (each pixel becomes the
 * sum of its 3×3 neighbourhood, zero outside the image: SciPy's {@code convolve(..., np.ones((3,
 * 3)), mode='same')}), then keep the {@code cap} brightest pixels (ties: the lower pixel index).
 * One input neuron per pixel, numbered row by row.
 */
public final class ImageEncoding {
  private ImageEncoding() {}

  /** The 3×3 box blur of image i: sums of byte values over each neighbourhood. */
  public static int[] blur(ImageSet images, int i) {
    int rows = images.rows();
    int cols = images.cols();
    int[] out = new int[rows * cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int s = 0;
        for (int dr = -1; dr <= 1; dr++) {
          int rr = r + dr;
          if (rr < 0 || rr >= rows) {
            continue;
          }
          for (int dc = -1; dc <= 1; dc++) {
            int cc = c + dc;
            if (cc >= 0 && cc < cols) {
              s += images.pixel(i, rr, cc);
            }
          }
        }
        out[r * cols + c] = s;
      }
    }
    return out;
  }

  /** The {@code cap} largest entries' indices (ties: lower index), sorted ascending. */
  public static int[] cap(int[] values, int cap) {
    if (cap < 1 || cap > values.length) {
      throw new IllegalArgumentException("cap=" + cap + " must be in [1, " + values.length + "]");
    }
    long[] keys = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      // larger value first, then lower index: sort descending on (value, -index)
      keys[i] = ((long) values[i] << 32) | (0xffffffffL - i);
    }
    java.util.Arrays.sort(keys);
    int[] out = new int[cap];
    for (int j = 0; j < cap; j++) {
      out[j] = (int) (0xffffffffL - (keys[keys.length - 1 - j] & 0xffffffffL));
    }
    java.util.Arrays.sort(out);
    return out;
  }

  /** Image i as a sample: the {@code cap} brightest pixels after the 3×3 blur. */
  public static int[] encode(ImageSet images, int i, int cap) {
    return cap(blur(images, i), cap);
  }

  /** Every image of the set, encoded. */
  public static int[][] encodeAll(ImageSet images, int cap) {
    int[][] out = new int[images.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = encode(images, i, cap);
    }
    return out;
  }
}
