/**
 * The language-model lab (spec/lm-lab.md): seeded task generators ({@link org.assemblies.lm.Task},
 * {@link org.assemblies.lm.Example}), character corpora, baselines, the assembly language model,
 * and the scorecard that measures every {@link org.assemblies.lm.LanguageModel} on every task
 * under one budget.
 */
package org.assemblies.lm;
