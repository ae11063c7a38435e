package org.assemblies.computation.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageEncodingTest {

  @Test
  void blurSumsTheThreeByThreeNeighbourhood() {
    byte[] pixels = new byte[5 * 5];
    pixels[2 * 5 + 2] = (byte) 200; // centre
    pixels[0] = (byte) 10; // corner: its neighbourhood is cut by the border
    ImageSet s = new ImageSet("t", 5, 5, new byte[][] {pixels}, new int[] {0}, List.of("a"));
    int[] b = ImageEncoding.blur(s, 0);
    for (int r = 1; r <= 3; r++) {
      for (int c = 1; c <= 3; c++) {
        assertThat(b[r * 5 + c]).as("(%d,%d)", r, c).isEqualTo(200 + (r == 1 && c == 1 ? 10 : 0));
      }
    }
    assertThat(b[0]).isEqualTo(10);
    assertThat(b[1]).isEqualTo(10);
    assertThat(b[2]).isZero();
    assertThat(b[4 * 5 + 4]).isZero();
  }

  @Test
  void capKeepsTheLargestWithTiesToLowerIndices() {
    assertThat(ImageEncoding.cap(new int[] {5, 9, 9, 1, 9, 0}, 2)).containsExactly(1, 2);
    assertThat(ImageEncoding.cap(new int[] {5, 9, 9, 1, 9, 0}, 4)).containsExactly(0, 1, 2, 4);
    assertThatThrownBy(() -> ImageEncoding.cap(new int[] {1}, 2)).hasMessageContaining("cap=2");
  }

  /**
   * The first vendored MNIST test digit (a 0), encoded as in the authors' code; reference from
   * SciPy ({@code convolve(img, np.ones((3, 3)), mode='same')}, then the 100 largest): indices sum
   * 42316, first 151, 152, 153, 154, 178, last 684, 685, 686 (no tie at the cap's edge).
   */
  @Test
  void encodesAnMnistDigitAsTheAuthorsDo() {
    ImageSet test = ImageData.mnistDigits().test();
    int[] x = ImageEncoding.encode(test, 0, 100);
    assertThat(x).hasSize(100).isSorted();
    assertThat(Arrays.stream(x).sum()).isEqualTo(42316);
    assertThat(Arrays.copyOf(x, 5)).containsExactly(151, 152, 153, 154, 178);
    assertThat(Arrays.copyOfRange(x, 97, 100)).containsExactly(684, 685, 686);
    assertThat(Arrays.stream(ImageEncoding.blur(test, 0)).max().orElseThrow()).isEqualTo(1725);
  }
}
