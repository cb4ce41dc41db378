package gt.mirps.coordination.participation;

import java.security.SecureRandom;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The code printed on a badge and scanned at the door: eight characters of Crockford's base 32 (no
 * I, L, O or U, so it is read aloud without doubt), 40 random bits from a secure source, so that
 * codes cannot be guessed from one another.
 */
public final class ParticipantCode {

  public static final int LENGTH = 8;
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final Pattern VALID = Pattern.compile("^[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}$");
  private static final Random RANDOM = new SecureRandom();

  private ParticipantCode() {}

  public static String next() {
    return next(RANDOM);
  }

  static String next(Random random) {
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(code);
  }

  /**
   * The code as typed at the desk, upper-cased with separators dropped; empty if it cannot be one.
   */
  public static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    String code =
        typed.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace(" ", "");
    return VALID.matcher(code).matches() ? code : "";
  }

  public static boolean isValid(String code) {
    return code != null && VALID.matcher(code).matches();
  }
}
