package gt.mirps.coordination.web.participation;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.GuatemalaTime;
import java.time.LocalDateTime;
import java.util.ResourceBundle;

/**
 * One line of an exported participant list, in the reader's language: what the lists, the sign-in
 * sheet and the badges print about a participant.
 *
 * @param name the person's name, or the institution's for a delegation
 * @param honorific "Licda.", "Sr." or empty
 * @param institution the institution as at the event, or empty
 * @param position the position as at the event, or empty
 * @param role the role, in words
 * @param state the attendance state, in words
 * @param headCount one for a person, the delegation's size otherwise
 * @param delegation whether this is an institution's delegation
 * @param checkedInAt when they checked in, Guatemala's wall-clock time, or null
 * @param code the participant code
 */
public record ParticipantRow(
    String name,
    String honorific,
    String institution,
    String position,
    String role,
    String state,
    int headCount,
    boolean delegation,
    LocalDateTime checkedInAt,
    String code) {

  /** The row for {@code participation}, with labels from {@code texts}. */
  public static ParticipantRow of(Participation participation, ResourceBundle texts) {
    String institution = participation.institution().map(Institution::displayName).orElse("");
    return new ParticipantRow(
        participation
            .person()
            .map(Person::fullName)
            .orElseGet(() -> participation.institution().map(Institution::name).orElse("")),
        participation.person().flatMap(Person::honorific).orElse(""),
        institution,
        participation.positionAtEvent().orElse(""),
        texts.getString("participants.role." + participation.role().name()),
        texts.getString("participants.state." + participation.state().name()),
        participation.headCount(),
        participation.isDelegation(),
        participation
            .checkedInAt()
            .map(at -> LocalDateTime.ofInstant(at, GuatemalaTime.ZONE))
            .orElse(null),
        participation.code());
  }
}
