package gt.mirps.coordination.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A password as it is kept: a salted PBKDF2 hash, never the password itself. Its stored form is
 * exactly the one of Jakarta Security's {@code Pbkdf2PasswordHash}, {@code
 * PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>} with the salt and hash in standard Base64, so
 * that a {@code DatabaseIdentityStore} using that algorithm can verify what we store.
 *
 * <p>New hashes use a 32-byte random salt, a 32-byte key and {@value #ITERATIONS} iterations.
 * Stored hashes are read back within Jakarta Security's own limits (at least 1,024 iterations, a
 * salt and key of at least 16 bytes), so that a later change of these parameters does not lock
 * anybody out.
 *
 * <p>The caller owns the {@code char[]} passwords it passes in and should clear them when done;
 * this class clears only its own copies.
 */
public final class PasswordHash {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int ITERATIONS = 210_000;
  public static final int SALT_BYTES = 32;
  public static final int KEY_BYTES = 32;

  /** The longest stored form {@link #parse} accepts; the database column is as wide. */
  public static final int STORED_MAX = 255;

  static final int MIN_ITERATIONS = 1_024;
  static final int MAX_ITERATIONS = 10_000_000;
  static final int MIN_BYTES = 16;
  static final int MAX_BYTES = 64;

  private static final Pattern COUNT = Pattern.compile("[1-9][0-9]{0,7}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;
  private final String encoded;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
    Base64.Encoder base64 = Base64.getEncoder();
    this.encoded =
        ALGORITHM
            + ":"
            + iterations
            + ":"
            + base64.encodeToString(salt)
            + ":"
            + base64.encodeToString(hash);
  }

  /**
   * Hashes {@code password} with a new random salt. Whether the password is good enough is {@link
   * PasswordPolicy}'s business; an empty one cannot be hashed at all.
   */
  public static PasswordHash of(char[] password) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("An empty password cannot be hashed");
    }
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS, KEY_BYTES));
  }

  /**
   * Reads a stored hash back. Refuses, with an {@link IllegalArgumentException} that does not
   * repeat the value, anything that is not a well-formed {@value #ALGORITHM} hash.
   */
  public static PasswordHash parse(String stored) {
    if (stored == null || stored.length() > STORED_MAX) {
      throw malformed();
    }
    String[] parts = stored.split(":", -1);
    if (parts.length != 4 || !ALGORITHM.equals(parts[0]) || !COUNT.matcher(parts[1]).matches()) {
      throw malformed();
    }
    int iterations = Integer.parseInt(parts[1]);
    if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw malformed();
    }
    return new PasswordHash(iterations, decode(parts[2]), decode(parts[3]));
  }

  /** Standard Base64 in its one canonical spelling (padding included), 16 to 64 bytes long. */
  private static byte[] decode(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException notBase64) {
      throw malformed();
    }
    if (bytes.length < MIN_BYTES
        || bytes.length > MAX_BYTES
        || !Base64.getEncoder().encodeToString(bytes).equals(text)) {
      throw malformed();
    }
    return bytes;
  }

  private static IllegalArgumentException malformed() {
    return new IllegalArgumentException("Not a well-formed " + ALGORITHM + " password hash");
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * Byte.SIZE);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot compute " + ALGORITHM, e);
    } finally {
      spec.clearPassword();
    }
  }

  /**
   * True if {@code candidate} is the password this hash was made from. The comparison takes the
   * same time wherever the hashes differ.
   */
  public boolean verify(char[] candidate) {
    if (candidate == null || candidate.length == 0) {
      return false;
    }
    byte[] derived = derive(candidate, salt, iterations, hash.length);
    try {
      return MessageDigest.isEqual(derived, hash);
    } finally {
      Arrays.fill(derived, (byte) 0);
    }
  }

  /** The form to store: {@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}. */
  public String encoded() {
    return encoded;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PasswordHash that && encoded.equals(that.encoded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoded);
  }

  /** Names the algorithm only: neither the salt nor the hash ends up in a log. */
  @Override
  public String toString() {
    return "PasswordHash[" + ALGORITHM + "]";
  }
}
