/**
 * The single-layer causal transformer baseline of the language-model lab (spec/lm-lab.md §1, §4),
 * trained with DJL on the PyTorch engine: {@link org.assemblies.lm.transformer.TransformerFactory}
 * makes it plain ({@code "transformer"}) or with a convolution ({@code "transformer+conv"}, a short causal depthwise convolution before attention, the
 * previous-token mixer a 1-layer model needs for associative recall).
 *
 * <p>The engine runs offline with one intra-op thread ({@code ai.djl.offline=true},
 * {@code ai.djl.pytorch.num_threads=1}, set when not given). The first run unpacks the PyTorch
 * native library (about 430 MB) from the {@code pytorch-native-cpu} jar into {@code ~/.djl.ai}.
 */
package org.assemblies.lm.transformer;
