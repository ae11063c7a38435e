package org.assemblies.experiments;

import org.knowm.xchart.internal.chartpart.Chart;

/** A plot of an experiment: written as {@code file} (PNG) with a caption in the report. */
public record Figure(String file, String caption, Chart<?, ?> chart) {}
