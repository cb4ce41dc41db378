package gt.mirps.coordination.participation;

import gt.mirps.coordination.shared.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of an event's participants to list and in which order: a text found in the name, the
 * institution (name or acronym) or the participant code, accents and case aside; a role; an
 * attendance state. Empty parts select everyone.
 *
 * @param text what was typed in the search box, or null
 * @param role only this role, or null
 * @param state only this attendance state, or null
 * @param sort the column to order by
 * @param ascending the direction of the order
 */
public record ParticipantFilter(
    String text,
    ParticipationRole role,
    AttendanceState state,
    ParticipantSort sort,
    boolean ascending) {

  public ParticipantFilter {
    text = Text.clean(text);
    sort = Objects.requireNonNullElse(sort, ParticipantSort.NAME);
  }

  /** Everyone, by name. */
  public static ParticipantFilter everyone() {
    return new ParticipantFilter(null, null, null, ParticipantSort.NAME, true);
  }

  /** The text as compared with names (accents and case folded), if any was typed. */
  public Optional<String> searchKey() {
    return text == null ? Optional.empty() : Optional.of(Text.searchKey(text));
  }
}
