/**
 * Evaluation of a model on scored positions: cross-entropy, bits per character (nats / ln 2), accuracy, per-example accuracy and exact match.
 */
package org.assemblies.lm.metrics;
