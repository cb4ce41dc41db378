package gt.mirps.coordination.person;

/**
 * Which people a list shows: {@code text} matches a part of the full name (accents and case aside),
 * {@code institutionId} those whose current post is at that institution; null means any.
 */
public record PersonFilter(String text, Long institutionId) {

  public static PersonFilter text(String text) {
    return new PersonFilter(text, null);
  }
}
