package org.assemblies.core;

import java.io.IOException;

/** A snapshot file that is truncated, corrupted, of another format version or not a snapshot. */
public final class CorruptSnapshotException extends IOException {
  private static final long serialVersionUID = 1L;

  public CorruptSnapshotException(String message) {
    super(message);
  }
}
