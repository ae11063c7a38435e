package org.assemblies.core.internal;

import org.assemblies.core.Seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CandidateSamplerTest {

  /** The worked values of spec core.md §2 (computed there with SciPy). */
  @ParameterizedTest
  @CsvSource({
    "100000, 0, 317, 317, 0.01, 9, 3.17, 1.772, 3.291",
    "100000, 1000, 317, 634, 0.01, 14, 6.34, 2.505, 3.058",
    "1000000, 0, 1000, 1000, 0.01, 21, 10, 3.146, 3.496",
    "1000000, 3000, 1000, 2000, 0.01, 35, 20, 4.450, 3.371",
    "10000, 0, 100, 100, 0.01, 4, 1, 0.995, 3.015",
  })
  void tailMatchesWorkedValues(long n, long w, int k, int totalK, double p, int alpha, double mu,
      double sd, double a) {
    CandidateSampler.Tail t = CandidateSampler.tail(totalK, p, n - w, k);
    assertThat(t.alpha()).isEqualTo(alpha);
    assertThat(t.mu()).isCloseTo(mu, within(1e-9));
    assertThat(t.sd()).isCloseTo(sd, within(5e-4));
    assertThat(t.a()).isCloseTo(a, within(5e-4));
  }

  @Test
  void tailSamplesLieAboveTheCutoffAndAtMostK() {
    float[] out = new float[317 * 8];
    for (int r = 0; r < 8; r++) {
      CandidateSampler.sampleTail(317, 0.01, 100_000, 317, Seeds.stream(1, r), out, 317 * r);
    }
    double mean = 0;
    for (float v : out) {
      // round(mu + sd·Z) with Z ≥ a = 3.291 is at least round(9.0) = 9, and never above K
      assertThat(v).isBetween(9f, 317f);
      assertThat(v).isEqualTo((float) Math.rint(v));
      mean += v;
    }
    // mean of a standard normal truncated at a: φ(a)/(1−Φ(a)) ≈ 3.56 for a = 3.291
    assertThat(mean / out.length).isCloseTo(3.17 + 1.772 * 3.56, within(0.15));
  }
}
