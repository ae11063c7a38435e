package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDataTest {

  private static long pixelSum(ImageSet s) {
    long sum = 0;
    for (byte[] image : s.pixels()) {
      for (byte b : image) {
        sum += b & 0xff;
      }
    }
    return sum;
  }

  /** Counts and pixel sums as computed with NumPy from the same files (see the data README). */
  @Test
  void vendoredMnistDigits() {
    ImageData.TrainTest d = ImageData.mnistDigits();
    assertThat(d.train().size()).isEqualTo(7996);
    assertThat(d.test().size()).isEqualTo(2004);
    assertThat(d.train().rows()).isEqualTo(28);
    assertThat(d.train().classNames()).hasSize(10);
    int[] trainCounts = {800, 901, 792, 825, 784, 690, 811, 856, 755, 782};
    int[] testCounts = {201, 226, 199, 207, 196, 173, 203, 214, 189, 196};
    for (int c = 0; c < 10; c++) {
      assertThat(d.train().indicesOf(c)).hasSize(trainCounts[c]);
      assertThat(d.test().indicesOf(c)).hasSize(testCounts[c]);
    }
    assertThat(pixelSum(d.train())).isEqualTo(209_225_317L);
    assertThat(pixelSum(d.test())).isEqualTo(52_921_283L);
    assertThat(d.test().label(0)).isZero();
  }

  @Test
  void vendoredFashionMnist() {
    ImageData.TrainTest d = ImageData.fashionMnist();
    assertThat(d.train().size()).isEqualTo(5000);
    assertThat(d.test().size()).isEqualTo(1000);
    assertThat(d.train().classNames()).containsExactlyElementsOf(ImageData.FASHION_CLASSES);
    assertThat(d.train().label(0)).isEqualTo(9); // an ankle boot, as in the original file
    assertThat(pixelSum(d.train())).isEqualTo(286_031_984L);
    int[] testCounts = {107, 105, 111, 93, 115, 87, 97, 95, 95, 95};
    for (int c = 0; c < 10; c++) {
      assertThat(d.test().indicesOf(c)).hasSize(testCounts[c]);
    }
  }

  private static byte[] idxImages(int count, int rows, int cols, int fill) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeInt(out, 0x803);
    writeInt(out, count);
    writeInt(out, rows);
    writeInt(out, cols);
    for (int i = 0; i < count * rows * cols; i++) {
      out.write((fill + i) & 0xff);
    }
    return out.toByteArray();
  }

  private static byte[] idxLabels(int... labels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeInt(out, 0x801);
    writeInt(out, labels.length);
    for (int l : labels) {
      out.write(l);
    }
    return out.toByteArray();
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void readsIdxPlainOrGzipped() throws IOException {
    byte[] images = idxImages(3, 2, 2, 250);
    byte[] labels = idxLabels(1, 0, 1);
    ImageSet plain = ImageData.readIdx("t", new ByteArrayInputStream(images),
        new ByteArrayInputStream(labels), List.of("a", "b"));
    ImageSet gz = ImageData.readIdx("t", new ByteArrayInputStream(gzip(images)),
        new ByteArrayInputStream(gzip(labels)), List.of("a", "b"));
    assertThat(gz).isEqualTo(plain);
    assertThat(plain.size()).isEqualTo(3);
    assertThat(plain.pixel(0, 0, 0)).isEqualTo(250);
    assertThat(plain.pixel(1, 1, 1)).isEqualTo((250 + 7) & 0xff);
    assertThat(plain.labels()).containsExactly(1, 0, 1);
    assertThat(plain.features(0)[0]).isEqualTo(250 / 255.0);
  }

  @Test
  void rejectsBadIdx() {
    byte[] labels = idxLabels(1, 0);
    byte[] bad = idxImages(2, 2, 2, 0);
    bad[3] = 0x01; // magic 0x801: a label file
    assertThatThrownBy(() -> ImageData.readIdx("t", new ByteArrayInputStream(bad),
        new ByteArrayInputStream(labels), List.of("a", "b"))).hasMessageContaining("magic");
    assertThatThrownBy(() -> ImageData.readIdx("t", new ByteArrayInputStream(idxImages(3, 2, 2, 0)),
        new ByteArrayInputStream(labels), List.of("a", "b"))).hasMessageContaining("2 labels");
    assertThatThrownBy(() -> ImageData.readIdx("t", new ByteArrayInputStream(idxImages(2, 2, 2, 0)),
        new ByteArrayInputStream(idxLabels(1, 5)), List.of("a", "b"))).hasMessageContaining("label 5");
  }

  @Test
  void readsFullFashionFilesFromADirectory(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(idxImages(2, 28, 28, 0)));
    Files.write(dir.resolve("train-labels-idx1-ubyte.gz"), gzip(idxLabels(3, 4)));
    Files.write(dir.resolve("t10k-images-idx3-ubyte"), idxImages(1, 28, 28, 9));
    Files.write(dir.resolve("t10k-labels-idx1-ubyte"), idxLabels(9));
    ImageData.TrainTest d = ImageData.fashionMnist(dir);
    assertThat(d.train().size()).isEqualTo(2);
    assertThat(d.test().labels()).containsExactly(9);
    Files.delete(dir.resolve("t10k-labels-idx1-ubyte"));
    assertThatThrownBy(() -> ImageData.fashionMnist(dir)).hasMessageContaining("t10k-labels");
  }

  /** One digit image in the package's JSON: pixel j has value ((j·7) mod 256)/255 rounded to 3 places. */
  private static byte[] digitJson(int images) {
    StringBuilder sb = new StringBuilder("{ \"data\": [");
    for (int i = 0; i < images * 784; i++) {
      if (i > 0) {
        sb.append(',');
      }
      double v = Math.round(((i * 7) % 256) / 255.0 * 1000) / 1000.0;
      sb.append(v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v));
    }
    return sb.append("] }").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void tarEntry(ByteArrayOutputStream out, String name, byte[] data) {
    byte[] h = new byte[512];
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(n, 0, h, 0, n.length);
    byte[] size = String.format("%011o", data.length).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(size, 0, h, 124, size.length);
    h[156] = '0';
    out.writeBytes(h);
    out.writeBytes(data);
    out.writeBytes(new byte[(512 - data.length % 512) % 512]);
  }

  @Test
  void readsTheNpmDigitsFromATarOrADirectory(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    tarEntry(tar, "package/README.md", "hello".getBytes(StandardCharsets.UTF_8));
    for (int d = 0; d < 10; d++) {
      tarEntry(tar, "package/src/digits/" + d + ".json", digitJson(d == 3 ? 10 : 5));
      Files.write(dir.resolve(d + ".json"), digitJson(d == 3 ? 10 : 5));
    }
    tar.writeBytes(new byte[1024]);
    Path archive = dir.resolve("digits.tar.gz");
    Files.write(archive, gzip(tar.toByteArray()));
    ImageData.TrainTest fromTar = ImageData.mnistDigits(archive);
    ImageData.TrainTest fromDir = ImageData.mnistDigits(dir);
    assertThat(fromTar.train().size()).isEqualTo(9 * 4 + 8); // ⌊0.8·5⌋ = 4 per digit, 8 of digit 3
    assertThat(fromTar.test().size()).isEqualTo(9 + 2);
    assertThat(fromTar.train().pixels()).isDeepEqualTo(fromDir.train().pixels());
    // values in 0..1 with 3 decimals map back to their bytes exactly
    for (int j = 0; j < 784; j++) {
      assertThat(fromTar.train().pixels()[0][j] & 0xff).isEqualTo((j * 7) % 256);
    }
    Files.delete(dir.resolve("7.json"));
    assertThatThrownBy(() -> ImageData.mnistDigits(dir)).hasMessageContaining("0.json");
  }

  @Test
  void subsetsOfAnImageSet() {
    ImageSet test = ImageData.mnistDigits().test();
    ImageSet two = test.ofFirstClasses(2);
    assertThat(two.size()).isEqualTo(201 + 226);
    ImageSet few = test.firstOfEachClass(3, 10);
    assertThat(few.size()).isEqualTo(30);
    assertThat(few.indicesOf(4)).hasSize(3);
  }
}
