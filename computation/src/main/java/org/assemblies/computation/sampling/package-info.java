/**
 * Sampling with assemblies ("Coin-flipping in the brain", Dabagia, Mitropolsky, Papadimitriou and
 * Vempala, arXiv:2406.07715): ambient Gaussian noise on the inputs of an area whose assemblies
 * have strong recurrence turns its cap into a sampler; the saturating plasticity rule
 * ({@link org.assemblies.core.PlasticityRule.Saturating}) makes the sampled probabilities track
 * observed frequencies. {@link org.assemblies.computation.sampling.CoinFlip} is the sampler,
 * {@link org.assemblies.computation.sampling.MarkovChainLearner} learns and runs a Markov chain,
 * {@link org.assemblies.computation.sampling.TrigramBabbler} generates text from word trigrams.
 */
package org.assemblies.computation.sampling;
