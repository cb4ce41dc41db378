package gt.mirps.coordination.announcement;

import gt.mirps.coordination.shared.Text;
import java.util.Arrays;
import java.util.List;

/**
 * What a visitor looks for among published communiqués: words (every one must appear in the title,
 * lead, body or tags, ignoring accents and case), a tag and a year of the dateline; each may be
 * missing.
 *
 * @param text the words as typed, or null
 * @param tagSlug the tag's slug, or null
 * @param year the dateline's year, or null
 */
public record PublicSearch(String text, String tagSlug, Integer year) {

  /** At most this many words are looked for; the rest are ignored. */
  public static final int WORDS_MAX = 8;

  public static final PublicSearch ALL = new PublicSearch(null, null, null);

  public PublicSearch {
    tagSlug = tagSlug == null || tagSlug.isBlank() ? null : tagSlug.strip();
  }

  /** The typed words folded like the search keys ("Migración OEA" gives [migracion, oea]). */
  public List<String> words() {
    String key = Text.searchKey(text);
    if (key.isBlank()) {
      return List.of();
    }
    return Arrays.stream(key.strip().split("\\s+")).distinct().limit(WORDS_MAX).toList();
  }

  /** True if {@code announcement} is what was looked for (its state is not checked). */
  public boolean matches(Announcement announcement) {
    String key = announcement.searchKey() == null ? "" : announcement.searchKey();
    return words().stream().allMatch(key::contains)
        && (tagSlug == null || announcement.tags().stream().anyMatch(t -> t.slug().equals(tagSlug)))
        && (year == null
            || announcement.datelineDate().map(d -> d.getYear() == year).orElse(false));
  }
}
