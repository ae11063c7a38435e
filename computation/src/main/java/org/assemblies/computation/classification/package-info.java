/**
 * Classification with assemblies (Dabagia, Papadimitriou and Vempala, "Assemblies of neurons learn
 * to classify well-separated distributions", COLT 2022; spec sequences.md §5).
 *
 * <ul>
 *   <li>{@link org.assemblies.computation.classification.AssemblyClassifier}: an explicit input
 *       area projecting into an explicit, recurrent learning area; one assembly per class, formed
 *       from a few samples with plasticity and normalised incoming weights; a sample is classified
 *       by the assembly its cap overlaps most.
 *   <li>Distributions: {@link org.assemblies.computation.classification.StimulusClasses} (a core
 *       of k inputs firing with probability r, the rest with q) and
 *       {@link org.assemblies.computation.classification.MarginHalfspace} (the authors'
 *       halfspace-with-margin construction).
 *   <li>Images: {@link org.assemblies.computation.classification.ImageData} (vendored subsets of
 *       MNIST and Fashion-MNIST, and loaders of the full files),
 *       {@link org.assemblies.computation.classification.ImageEncoding} (3×3 blur, then the 100
 *       brightest pixels fire) and the baseline
 *       {@link org.assemblies.computation.classification.SoftmaxRegression}.
 *   <li>Experiments (registered by
 *       {@link org.assemblies.computation.classification.ClassificationExperiments}):
 *       {@code classify-separation}, {@code classify-four-classes}, {@code classify-halfspaces},
 *       {@code classify-mnist}, {@code classify-fashion-mnist}.
 * </ul>
 */
package org.assemblies.computation.classification;
