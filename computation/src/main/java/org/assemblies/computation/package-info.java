/**
 * Computation with assemblies: the regime of explicit (dense) areas with normalised incoming
 * weights used by Dabagia, Papadimitriou and Vempala — sequences and ordered recall, long-range
 * interneurons, finite-state and Turing machines, classification, sampling.
 */
package org.assemblies.computation;
