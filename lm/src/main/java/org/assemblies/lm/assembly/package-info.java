/**
 * The assembly language model (spec/lm-lab.md §3): token assemblies, local and global sparse-cap
 * areas, a Hebbian key→value memory, overlap and trained linear readouts, all positions of a
 * sequence computed in one pass. Entry points: {@link org.assemblies.lm.assembly.AssemblyModelFactory}
 * and {@link org.assemblies.lm.assembly.AssemblyConfig}. Design: docs/design/assembly-lm.md.
 */
package org.assemblies.lm.assembly;
