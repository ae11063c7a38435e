package org.assemblies.experiments;

import java.util.List;

/**
 * One experiment of the papers, as a plain class usable from code, tests and the command line:
 * parameters (a record whose {@link #defaults()} are the paper's) → sweep points × seeds → rows →
 * checks of the expected figures and plots.
 *
 * <p>{@link #run} must be a pure function of its arguments (all randomness from {@code seed}), so
 * that trials can run in any order, on any number of threads or machines.
 *
 * @param <P> the parameter record; its compact constructor validates
 */
public interface Experiment<P extends Record> {

  /** Short name used on the command line, e.g. {@code support-vs-beta}. */
  String name();

  /** Title for tables and the report. */
  String title();

  /** Where the protocol and the expected figures come from, e.g. "experiments.md row 3". */
  String source();

  /** The expected figure, as the source states it. */
  String expected();

  /** The paper's parameters. */
  P defaults();

  /** Seeds per point when the user does not say. */
  default int defaultSeeds() {
    return 5;
  }

  /** The sweep, in a fixed order ({@link Point#NONE} alone when nothing is swept). */
  default List<Point> points(P params) {
    return List.of(Point.NONE);
  }

  /** One trial: the rows it measured. All randomness comes from {@code seed}. */
  List<Row> run(P params, Point point, long seed);

  /** The expected figures checked against the rows of all trials. */
  List<Check> checks(P params, Table table);

  /** Plots of the rows of all trials. */
  List<Figure> figures(P params, Table table);
}
