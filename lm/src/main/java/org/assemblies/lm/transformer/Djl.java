package org.assemblies.lm.transformer;

/** DJL settings of spec/lm-lab.md §4, applied before the engine starts unless already given. */
final class Djl {

  private Djl() {}

  /**
   * Offline (the native library comes from the {@code pytorch-native-cpu} jar, never a download;
   * no telemetry) and one PyTorch thread: on a 2-core machine two threads made steps about 10× slower.
   */
  static synchronized void configure() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
    setIfAbsent("ai.djl.pytorch.num_threads", "1");
    setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
