package org.assemblies.core.internal;

import org.assemblies.core.Seeds;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.assemblies.core.CorruptSnapshotException;

/**
 * The binary snapshot format of a whole brain.
 *
 * <pre>
 * header   "ASMBSNAP" (8 bytes), format version (int)
 * body     parameters, stimuli, areas (state, betas, stimulus weights, history), fibers (rows)
 * trailer  CRC32C of header and body (long), "END!" (4 bytes)
 * </pre>
 *
 * The checksum is verified over the whole file before anything is parsed, so a corrupt length
 * can never cause a huge allocation. Files are written to a temporary sibling, forced to disk and
 * atomically renamed over the target.
 */
public final class SnapshotCodec {
  private static final byte[] MAGIC = "ASMBSNAP".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int END = 0x454e4421; // "END!"
  /**
   * Format version; bump on any change of the layout. Version 2 added the plasticity rules per
   * source (after the betas); version 1 files are still read (all rules multiplicative).
   */
  public static final int VERSION = 2;
  private static final int OLDEST_READABLE = 1;
  private static final int HEADER = MAGIC.length + 4;
  private static final int TRAILER = 8 + 4;

  private SnapshotCodec() {}

  public static void save(Engine e, Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        write(e, os);
      }
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException ex) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  public static Engine load(Path file) throws IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException ex) {
      throw new NoSuchFileException(file.toString(), null, "snapshot file does not exist");
    }
    verify(file, size);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return parse(new DataInputStream(in), file.toString());
    }
  }

  /** A deep copy through the snapshot format, in memory. */
  public static Engine copy(Engine e) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      write(e, bytes);
      return parse(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "copy");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void verify(Path file, long size) throws IOException {
    if (size < HEADER + TRAILER) {
      throw new CorruptSnapshotException(file + ": truncated snapshot (" + size
          + " bytes, a snapshot has at least " + (HEADER + TRAILER) + ")");
    }
    CRC32C crc = new CRC32C();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] head = in.readNBytes(HEADER);
      for (int i = 0; i < MAGIC.length; i++) {
        if (head[i] != MAGIC[i]) {
          throw new CorruptSnapshotException(file + ": not a brain snapshot (bad magic bytes)");
        }
      }
      int version = ((head[8] & 0xff) << 24) | ((head[9] & 0xff) << 16) | ((head[10] & 0xff) << 8)
          | (head[11] & 0xff);
      if (version < OLDEST_READABLE || version > VERSION) {
        throw new CorruptSnapshotException(file + ": snapshot format version " + version
            + " is not supported (this build reads versions " + OLDEST_READABLE + "–" + VERSION + ")");
      }
      crc.update(head);
      long remaining = size - HEADER - TRAILER;
      byte[] buf = new byte[1 << 16];
      while (remaining > 0) {
        int r = in.read(buf, 0, (int) Math.min(buf.length, remaining));
        if (r < 0) {
          throw new CorruptSnapshotException(file + ": truncated snapshot");
        }
        crc.update(buf, 0, r);
        remaining -= r;
      }
      DataInputStream tail = new DataInputStream(in);
      long stored = tail.readLong();
      int end = tail.readInt();
      if (end != END) {
        throw new CorruptSnapshotException(file + ": truncated snapshot (end marker missing)");
      }
      if (stored != crc.getValue()) {
        throw new CorruptSnapshotException(file + ": corrupted snapshot (checksum mismatch)");
      }
    }
  }

  // ------------------------------------------------------------------ writing

  private static void write(Engine e, OutputStream raw) throws IOException {
    CRC32C crc = new CRC32C();
    DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
    out.write(MAGIC);
    out.writeInt(VERSION);
    out.writeDouble(e.p);
    out.writeLong(e.seed);
    out.writeFloat(e.maxWeight);
    out.writeBoolean(e.plasticityEnabled);
    out.writeBoolean(e.recordWinners);
    out.writeLong(e.steps);
    out.writeInt(e.stimNames.size());
    for (int s = 0; s < e.stimNames.size(); s++) {
      out.writeUTF(e.stimNames.get(s));
      out.writeInt(e.stimSize[s]);
    }
    out.writeInt(e.areas.size());
    for (AreaState a : e.areas) {
      writeArea(a, out);
    }
    for (AreaState s : e.areas) {
      for (AreaState t : e.areas) {
        writeFiber(e.fibers[s.index][t.index], s.represented, t, out);
      }
    }
    out.flush();
    long value = crc.getValue();
    DataOutputStream tail = new DataOutputStream(raw);
    tail.writeLong(value);
    tail.writeInt(END);
    tail.flush();
  }

  private static void writeArea(AreaState a, DataOutputStream out) throws IOException {
    out.writeUTF(a.name);
    out.writeInt(a.n);
    out.writeInt(a.k);
    out.writeDouble(a.beta);
    out.writeBoolean(a.explicit);
    out.writeDouble(a.innerP);
    out.writeDouble(a.inP);
    out.writeDouble(a.outP);
    out.writeInt(a.represented);
    out.writeInt(a.everFired);
    out.writeBoolean(a.fixed);
    out.writeInt(a.numFirstWinners);
    if (a.explicit) {
      java.util.BitSet bits = new java.util.BitSet(a.n);
      for (int i = 0; i < a.n; i++) {
        if (a.everFiredFlags[i]) {
          bits.set(i);
        }
      }
      writeLongs(bits.toLongArray(), out);
    }
    writeInts(a.winners, a.winners.length, out);
    writeDoubles(a.betaFromArea, out);
    writeDoubles(a.betaFromStim, out);
    writeDoubles(a.lambdaFromArea, out);
    writeDoubles(a.lambdaFromStim, out);
    out.writeDouble(a.normTotal);
    for (int s = 0; s < a.stimCounts.length; s++) {
      writeFloats(a.stimCounts[s], a.represented, out);
      writeFloats(a.stimFactors[s], a.represented, out);
    }
    writeInts(a.supportHistory.raw(), a.supportHistory.size(), out);
    out.writeInt(a.winnersHistory.size());
    for (int[] w : a.winnersHistory) {
      writeInts(w, w.length, out);
    }
  }

  private static void writeFiber(Fiber f, int rows, AreaState target, DataOutputStream out)
      throws IOException {
    out.writeDouble(f.p);
    out.writeInt(rows);
    for (int j = 0; j < rows; j++) {
      if (j >= f.cols.length || f.cols[j] == null) {
        out.writeInt(-1);
        continue;
      }
      int n = f.len[j];
      out.writeInt(n);
      for (int e = 0; e < n; e++) {
        out.writeInt(f.cols[j][e]);
      }
      for (int e = 0; e < n; e++) {
        out.writeFloat(f.weights[j][e]);
      }
    }
    out.writeBoolean(f.colSum != null);
    if (f.colSum != null) {
      int cols = target.represented;
      out.writeInt(cols);
      for (int c = 0; c < cols; c++) {
        out.writeDouble(f.colSum[c]);
      }
    }
  }

  private static void writeInts(int[] a, int n, DataOutputStream out) throws IOException {
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeInt(a[i]);
    }
  }

  private static void writeLongs(long[] a, DataOutputStream out) throws IOException {
    out.writeInt(a.length);
    for (long v : a) {
      out.writeLong(v);
    }
  }

  private static void writeDoubles(double[] a, DataOutputStream out) throws IOException {
    out.writeInt(a.length);
    for (double v : a) {
      out.writeDouble(v);
    }
  }

  private static void writeFloats(float[] a, int n, DataOutputStream out) throws IOException {
    out.writeInt(n);
    for (int i = 0; i < n; i++) {
      out.writeFloat(a[i]);
    }
  }

  // ------------------------------------------------------------------ reading

  private static Engine parse(DataInputStream in, String source) throws IOException {
    try {
      in.skipNBytes(HEADER - 4);
      int version = in.readInt();
      double p = in.readDouble();
      long seed = in.readLong();
      float maxWeight = in.readFloat();
      boolean plasticity = in.readBoolean();
      boolean record = in.readBoolean();
      Engine e = new Engine(p, seed, maxWeight, record);
      e.plasticityEnabled = plasticity;
      e.steps = in.readLong();
      int stims = in.readInt();
      e.stimSize = new int[stims];
      for (int s = 0; s < stims; s++) {
        String name = in.readUTF();
        e.stimNames.add(name);
        e.stimIndex.put(name, s);
        e.stimSize[s] = in.readInt();
      }
      int areas = in.readInt();
      for (int i = 0; i < areas; i++) {
        AreaState a = readArea(in, i, stims, version);
        e.areas.add(a);
        e.areaIndex.put(a.name, i);
      }
      e.fibers = new Fiber[areas][areas];
      for (AreaState s : e.areas) {
        for (AreaState t : e.areas) {
          e.fibers[s.index][t.index] = readFiber(in, e, s, t);
        }
      }
      return e;
    } catch (EOFException | RuntimeException ex) {
      throw new CorruptSnapshotException(source + ": snapshot content is inconsistent (" + ex + ")");
    }
  }

  private static AreaState readArea(DataInputStream in, int index, int stims, int version)
      throws IOException {
    String name = in.readUTF();
    int n = in.readInt();
    int k = in.readInt();
    double beta = in.readDouble();
    boolean explicit = in.readBoolean();
    AreaState a = new AreaState(name, index, n, k, beta, explicit, in.readDouble(), in.readDouble(),
        in.readDouble());
    a.represented = in.readInt();
    a.everFired = in.readInt();
    a.fixed = in.readBoolean();
    a.numFirstWinners = in.readInt();
    if (explicit) {
      java.util.BitSet bits = java.util.BitSet.valueOf(readLongs(in));
      for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
        a.everFiredFlags[i] = true;
      }
    }
    a.winners = readInts(in);
    a.betaFromArea = readDoubles(in);
    a.betaFromStim = readDoubles(in);
    if (version >= 2) {
      a.lambdaFromArea = readDoubles(in);
      a.lambdaFromStim = readDoubles(in);
    } else {
      a.lambdaFromArea = new double[a.betaFromArea.length];
      a.lambdaFromStim = new double[a.betaFromStim.length];
    }
    a.normTotal = in.readDouble();
    a.stimCounts = new float[stims][];
    a.stimFactors = new float[stims][];
    for (int s = 0; s < stims; s++) {
      a.stimCounts[s] = readFloats(in);
      a.stimFactors[s] = readFloats(in);
    }
    for (int v : readInts(in)) {
      a.supportHistory.add(v);
    }
    int hist = in.readInt();
    for (int h = 0; h < hist; h++) {
      a.winnersHistory.add(readInts(in));
    }
    return a;
  }

  private static Fiber readFiber(DataInputStream in, Engine e, AreaState s, AreaState t)
      throws IOException {
    double fp = in.readDouble();
    Fiber f = new Fiber(s.index, t.index, t.explicit, t.explicit ? t.n : 0, fp,
        Seeds.derive(e.seed, Engine.FIBER, s.index, t.index));
    int rows = in.readInt();
    f.ensureRows(rows);
    for (int j = 0; j < rows; j++) {
      int n = in.readInt();
      if (n < 0) {
        continue;
      }
      int[] c = new int[n];
      float[] w = new float[n];
      for (int x = 0; x < n; x++) {
        c[x] = in.readInt();
      }
      for (int x = 0; x < n; x++) {
        w[x] = in.readFloat();
      }
      f.cols[j] = c;
      f.weights[j] = w;
      f.len[j] = n;
      f.updateFull(j);
    }
    if (in.readBoolean()) {
      int cols = in.readInt();
      f.colSum = new double[Math.max(cols, 1)];
      for (int c = 0; c < cols; c++) {
        f.colSum[c] = in.readDouble();
      }
    }
    return f;
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int[] a = new int[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readInt();
    }
    return a;
  }

  private static long[] readLongs(DataInputStream in) throws IOException {
    long[] a = new long[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readLong();
    }
    return a;
  }

  private static double[] readDoubles(DataInputStream in) throws IOException {
    double[] a = new double[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readDouble();
    }
    return a;
  }

  private static float[] readFloats(DataInputStream in) throws IOException {
    float[] a = new float[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readFloat();
    }
    return a;
  }
}
