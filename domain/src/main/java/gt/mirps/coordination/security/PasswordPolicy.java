package gt.mirps.coordination.security;

import gt.mirps.coordination.shared.RuleViolation;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (at most {@value
 * #MAX_LENGTH}), not one character repeated, and not the username in any case. The checks work on
 * the {@code char[]} itself, so the password never becomes a {@code String}, and no refusal repeats
 * it.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  private PasswordPolicy() {}

  /**
   * Refuses {@code password} for the account {@code username} if it breaks a rule; the first rule
   * broken is the one reported.
   */
  public static void check(String username, char[] password) {
    int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
    if (length < MIN_LENGTH) {
      throw new RuleViolation(
          "account.password.tooShort",
          "A password needs at least " + MIN_LENGTH + " characters",
          MIN_LENGTH);
    }
    if (length > MAX_LENGTH) {
      throw new RuleViolation(
          "account.password.tooLong",
          "A password cannot be longer than " + MAX_LENGTH + " characters",
          MAX_LENGTH);
    }
    if (oneCharacterRepeated(password)) {
      throw new RuleViolation(
          "account.password.sameCharacter", "A password cannot be one character repeated");
    }
    if (username != null && sameIgnoringCase(password, username)) {
      throw new RuleViolation(
          "account.password.sameAsUsername", "A password cannot be the username");
    }
  }

  private static boolean oneCharacterRepeated(char[] password) {
    int first = Character.codePointAt(password, 0);
    for (int i = Character.charCount(first); i < password.length; ) {
      int next = Character.codePointAt(password, i);
      if (next != first) {
        return false;
      }
      i += Character.charCount(next);
    }
    return true;
  }

  /** The comparison of {@link String#equalsIgnoreCase}, without making the password a String. */
  private static boolean sameIgnoringCase(char[] password, String username) {
    String typed = username.strip();
    if (typed.length() != password.length) {
      return false;
    }
    for (int i = 0; i < password.length; i++) {
      char upper = Character.toUpperCase(password[i]);
      char other = Character.toUpperCase(typed.charAt(i));
      if (upper != other && Character.toLowerCase(upper) != Character.toLowerCase(other)) {
        return false;
      }
    }
    return true;
  }
}
