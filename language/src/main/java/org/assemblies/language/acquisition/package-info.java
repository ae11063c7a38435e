/**
 * Language acquisition with assemblies: a language organ that learns nouns, verbs and their
 * meanings from grounded two-word sentences by Hebbian plasticity alone (Mitropolsky and
 * Papadimitriou, arXiv:2306.15364; spec language.md §2) — {@link
 * org.assemblies.language.acquisition.WordLearner} — and its experiments ({@link
 * org.assemblies.language.acquisition.AcquisitionSweep}).
 */
package org.assemblies.language.acquisition;
