package gt.mirps.coordination.security;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords verified a moment ago, so that a badge scanner sending HTTP Basic credentials with
 * every check-in does not pay a full PBKDF2 verification (about 70 ms of processor) each time.
 *
 * <p>Only a keyed digest (HMAC-SHA256 under a random key made at start-up, never stored) of a
 * password that was verified is kept, with the stored hash it was verified against, for {@link
 * #LIFETIME}. A changed or reset password changes the stored hash, so what was remembered no longer
 * applies; a wrong password is never remembered and always pays the full verification. Callers
 * still check that the account is active and read its roles as they are now.
 */
final class RecentlyVerified {

  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int CAPACITY = 1_000;
  private static final String MAC = "HmacSHA256";

  private record Remembered(byte[] digest, String storedHash, Instant until) {}

  private final Map<String, Remembered> byUsername = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;

  RecentlyVerified(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, MAC);
    this.clock = clock;
  }

  /**
   * True if {@code password} was verified for {@code usernameKey} against {@code storedHash} less
   * than {@link #LIFETIME} ago.
   */
  boolean remembers(String usernameKey, char[] password, String storedHash) {
    Remembered remembered = password == null ? null : byUsername.get(usernameKey);
    if (remembered == null) {
      return false;
    }
    if (!clock.instant().isBefore(remembered.until())) {
      byUsername.remove(usernameKey, remembered);
      return false;
    }
    return remembered.storedHash().equals(storedHash)
        && MessageDigest.isEqual(remembered.digest(), digest(usernameKey, password));
  }

  /** Remembers that {@code password} was verified against {@code storedHash} just now. */
  void remember(String usernameKey, char[] password, String storedHash) {
    if (password == null) {
      return;
    }
    if (byUsername.size() >= CAPACITY) {
      byUsername.clear();
    }
    byUsername.put(
        usernameKey,
        new Remembered(digest(usernameKey, password), storedHash, clock.instant().plus(LIFETIME)));
  }

  /** Forgets every password of {@code usernameKey}. */
  void forget(String usernameKey) {
    byUsername.remove(usernameKey);
  }

  private byte[] digest(String usernameKey, char[] password) {
    try {
      Mac mac = Mac.getInstance(MAC);
      mac.init(key);
      mac.update(usernameKey.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
