package gt.mirps.coordination.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the domain cleans and checks the text people type. */
public final class Text {

  public static final int EMAIL_MAX = 254;
  private static final Pattern EMAIL =
      Pattern.compile(
          "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private Text() {}

  /** Trimmed text with inner runs of blanks made single; null when blank. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = SPACES.matcher(text.strip()).replaceAll(" ");
    return cleaned.isEmpty() ? null : cleaned;
  }

  /** Cleaned text that must be present and at most {@code max} characters long. */
  public static String required(String text, int max, String field) {
    String cleaned = clean(text);
    if (cleaned == null) {
      throw new RuleViolation(field + ".required", field + " is required");
    }
    return limited(cleaned, max, field);
  }

  /** Cleaned text, or null, at most {@code max} characters long. */
  public static String optional(String text, int max, String field) {
    String cleaned = clean(text);
    return cleaned == null ? null : limited(cleaned, max, field);
  }

  private static String limited(String cleaned, int max, String field) {
    if (cleaned.length() > max) {
      throw new RuleViolation(
          field + ".tooLong", field + " is longer than " + max + " characters", max);
    }
    return cleaned;
  }

  /**
   * An email address, cleaned and lower-cased, or null when blank; refused with {@code
   * field.invalid} when it is not one and {@code field.tooLong} past {@value #EMAIL_MAX}.
   */
  public static String email(String text, String field) {
    String cleaned = optional(text, EMAIL_MAX, field);
    if (cleaned == null) {
      return null;
    }
    if (!EMAIL.matcher(cleaned).matches()) {
      throw new RuleViolation(field + ".invalid", "Not an email address: " + cleaned);
    }
    return cleaned.toLowerCase(Locale.ROOT);
  }

  /**
   * The form of a text used to compare and search: accents and case folded, blanks single, so
   * "ACNUR", "acnur" and "Acnúr" meet.
   */
  public static String searchKey(String text) {
    String cleaned = clean(text);
    if (cleaned == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** A URL-safe identifier: "Migración humana" becomes "migracion-humana". */
  public static String slug(String text) {
    String slug = NOT_SLUG.matcher(searchKey(text)).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
