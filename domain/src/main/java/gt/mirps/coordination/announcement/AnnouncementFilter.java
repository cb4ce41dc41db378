package gt.mirps.coordination.announcement;

import gt.mirps.coordination.shared.Text;
import java.util.Arrays;
import java.util.List;

/**
 * What the team looks for in its list of communiqués: a state and words (every one must appear in
 * the title, lead, body or tags, ignoring accents and case); either may be missing.
 *
 * @param state the state, or null for any
 * @param text the words as typed, or null
 */
public record AnnouncementFilter(AnnouncementState state, String text) {

  public static final AnnouncementFilter ALL = new AnnouncementFilter(null, null);

  /** The typed words folded like the search keys, at most {@link PublicSearch#WORDS_MAX}. */
  public List<String> words() {
    String key = Text.searchKey(text);
    if (key.isBlank()) {
      return List.of();
    }
    return Arrays.stream(key.strip().split("\\s+"))
        .distinct()
        .limit(PublicSearch.WORDS_MAX)
        .toList();
  }

  /** True if {@code announcement} is what was looked for. */
  public boolean matches(Announcement announcement) {
    String key = announcement.searchKey() == null ? "" : announcement.searchKey();
    return (state == null || announcement.state() == state)
        && words().stream().allMatch(key::contains);
  }
}
