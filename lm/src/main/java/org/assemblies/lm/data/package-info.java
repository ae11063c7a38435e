/**
 * Character-level corpora: any text file (plain or gzip) or the vendored Moby Dick, its character vocabulary and the 90/10 split.
 */
package org.assemblies.lm.data;
