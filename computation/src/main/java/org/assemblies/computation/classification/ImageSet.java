package org.assemblies.computation.classification;

import java.util.ArrayList;
import java.util.List;

/**
 * Labelled grey-scale images: {@code pixels[i]} is image i, row by row, one unsigned byte per
 * pixel (0 = background, 255 = full ink); {@code labels[i]} its class in [0, classNames.size()).
 *
 * @param name what the images are ("MNIST digits (train)")
 * @param rows image height
 * @param cols image width
 * @param pixels the images
 * @param labels their classes
 * @param classNames the name of each class
 */
public record ImageSet(String name, int rows, int cols, byte[][] pixels, int[] labels,
    List<String> classNames) {

  public ImageSet {
    if (rows < 1 || cols < 1) {
      throw new IllegalArgumentException("rows=" + rows + ", cols=" + cols + " must be ≥ 1");
    }
    if (pixels.length != labels.length) {
      throw new IllegalArgumentException(pixels.length + " images but " + labels.length + " labels");
    }
    classNames = List.copyOf(classNames);
    byte[][] copy = new byte[pixels.length][];
    for (int i = 0; i < pixels.length; i++) {
      if (pixels[i].length != rows * cols) {
        throw new IllegalArgumentException("image " + i + " has " + pixels[i].length
            + " pixels; rows·cols = " + rows * cols);
      }
      if (labels[i] < 0 || labels[i] >= classNames.size()) {
        throw new IllegalArgumentException("label " + labels[i] + " of image " + i
            + " must be in [0, " + classNames.size() + ")");
      }
      copy[i] = pixels[i].clone();
    }
    pixels = copy;
    labels = labels.clone();
  }

  @Override
  public byte[][] pixels() {
    byte[][] copy = new byte[pixels.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = pixels[i].clone();
    }
    return copy;
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  public int size() {
    return labels.length;
  }

  public int classes() {
    return classNames.size();
  }

  public int label(int i) {
    return labels[i];
  }

  /** Pixel values of image i in [0, 1] (byte / 255), the baseline's features. */
  public double[] features(int i) {
    byte[] p = pixels[i];
    double[] x = new double[p.length];
    for (int j = 0; j < p.length; j++) {
      x[j] = (p[j] & 0xff) / 255.0;
    }
    return x;
  }

  /** Pixel value (0..255) of image i at (row, col). */
  public int pixel(int i, int row, int col) {
    return pixels[i][row * cols + col] & 0xff;
  }

  /** Indices of the images of class c, in order. */
  public int[] indicesOf(int c) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == c) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The images at {@code indices}, in that order. */
  public ImageSet subset(String newName, int[] indices) {
    byte[][] p = new byte[indices.length][];
    int[] l = new int[indices.length];
    for (int j = 0; j < indices.length; j++) {
      p[j] = pixels[indices[j]];
      l[j] = labels[indices[j]];
    }
    return new ImageSet(newName, rows, cols, p, l, classNames);
  }

  /** The first {@code perClass} images (in order) of each class in [0, classes). */
  public ImageSet firstOfEachClass(int perClass, int classes) {
    List<Integer> keep = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      int[] idx = indicesOf(c);
      for (int j = 0; j < Math.min(perClass, idx.length); j++) {
        keep.add(idx[j]);
      }
    }
    keep.sort(null);
    return subset(name + ", first " + perClass + " of each of " + classes + " classes",
        keep.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The images whose class is below {@code classes}. */
  public ImageSet ofFirstClasses(int classes) {
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < classes) {
        keep.add(i);
      }
    }
    return subset(name + ", classes 0–" + (classes - 1),
        keep.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageSet s && name.equals(s.name) && rows == s.rows && cols == s.cols
        && java.util.Arrays.deepEquals(pixels, s.pixels) && java.util.Arrays.equals(labels, s.labels)
        && classNames.equals(s.classNames);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(labels) * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return "ImageSet[" + name + ", " + labels.length + " images of " + rows + "×" + cols + ", "
        + classNames.size() + " classes]";
  }
}
