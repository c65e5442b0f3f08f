package dev.rustplan.store;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The name the history gives a journal state (see {@link History#hash}), worked out from the bytes
 * as they stream past on their way somewhere else: a journal is never held whole in memory just to
 * be named. SHA-256, which names entries of earlier versions, is worked out only when asked for.
 */
final class StateName {

  private final CRC32C crc32c = new CRC32C();
  private final CRC32 crc32 = new CRC32();
  private final MessageDigest sha256;
  private long length;

  /** withSha256: also work out the SHA-256 that entries written before the CRC names carry. */
  StateName(boolean withSha256) {
    try {
      this.sha256 = withSha256 ? MessageDigest.getInstance("SHA-256") : null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static StateName of(byte[] bytes, boolean withSha256) {
    StateName name = new StateName(withSha256);
    name.update(bytes, 0, bytes.length);
    return name;
  }

  void update(byte[] bytes, int offset, int count) {
    crc32c.update(bytes, offset, count);
    crc32.update(bytes, offset, count);
    if (sha256 != null) {
      sha256.update(bytes, offset, count);
    }
    length += count;
  }

  long length() {
    return length;
  }

  /** The length and the two checksums: "c-LENGTH-CRC32C-CRC32", in hex. */
  String name() {
    return "c-" + Long.toHexString(length) + "-" + Long.toHexString(crc32c.getValue()) + "-"
        + Long.toHexString(crc32.getValue());
  }

  /** The SHA-256 in hex; null when it was not asked for. Ends the digest: call it once, at the end. */
  String sha256() {
    return sha256 == null ? null : HexFormat.of().formatHex(sha256.digest());
  }

  /** A stream that names what is read through it; closing it first reads the rest, so the name covers the whole file. */
  InputStream reading(InputStream in) {
    return new FilterInputStream(in) {
      private boolean closed;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
      }

      @Override
      public int read(byte[] bytes, int offset, int count) throws IOException {
        int n = super.read(bytes, offset, count);
        if (n > 0) {
          update(bytes, offset, n);
        }
        return n;
      }

      @Override
      public long skip(long n) {
        return 0; // allowed, and every byte is named: a reader that must skip reads instead
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try {
          // A parser stops at a fault; the rest of the file is still part of the state it names.
          byte[] rest = new byte[8192];
          while (read(rest, 0, rest.length) >= 0) {
            // named by read
          }
        } finally {
          super.close();
        }
      }
    };
  }

  /** A stream that names what is written through it, on its way to out. */
  OutputStream writing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int count) throws IOException {
        out.write(bytes, offset, count);
        update(bytes, offset, count);
      }
    };
  }
}
