/**
 * Seeded generators of the tasks of spec/lm-lab.md §1 (copy, string copy, selective copy, associative recall, MQAR and its stacked variant, induction head), by name in {@link org.assemblies.lm.tasks.Tasks}.
 */
package org.assemblies.lm.tasks;
