/**
 * Language with assemblies: the assembly parser of Mitropolsky, Collins and Papadimitriou
 * ("A Biologically Plausible Parser", TACL 2021) for English and Russian — word classes whose rules
 * open and close areas and fibers ({@link org.assemblies.language.Inhibition}), the parse loop and
 * the readout of dependencies from the synapses ({@link org.assemblies.language.Parser}), with
 * center-embedded relative clauses ("dogs that cats chase , run") — and its experiments.
 */
package org.assemblies.language;
