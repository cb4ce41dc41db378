package gt.mirps.coordination.shared;

/** A LIKE pattern that finds a typed text anywhere in a search-key column. */
public final class LikePattern {

  /** The escape character the queries declare ({@code escape '\'}). */
  public static final char ESCAPE = '\\';

  private LikePattern() {}

  /**
   * "%acnur%" for "ACNÚR": folded like the search keys, with the typed % and _ taken literally;
   * null when nothing was typed.
   */
  public static String containing(String typed) {
    String key = Text.searchKey(typed);
    if (key.isEmpty()) {
      return null;
    }
    StringBuilder pattern = new StringBuilder("%");
    for (char c : key.toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }
}
