/**
 * Training under a budget with checkpoints and a progress bar, the cost curve (time and memory per token as the length grows), text generation, and the scorecard.
 */
package org.assemblies.lm.harness;
