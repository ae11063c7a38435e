/**
 * Baselines printed next to every model: Kneser–Ney n-gram models ({@link org.assemblies.lm.baselines.NGramModel}) and the gzip/bzip2 bits per character of the held-out text.
 */
package org.assemblies.lm.baselines;
