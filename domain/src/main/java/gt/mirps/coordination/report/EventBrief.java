package gt.mirps.coordination.report;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.event.EventKind;
import gt.mirps.coordination.event.EventStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a one-page brief of an event tells a senior official: its facts, the institutions that took
 * part with who represented them, its sessions, the commitments made at it and the published
 * communiqués about it. People are named only with their consent; positions and institutions are
 * always given. Texts are as recorded; the reader's language is applied when the brief is written.
 *
 * @param place venue, city and territory as recorded, joined by commas; empty if none
 * @param purpose the event's purpose, or null
 * @param participants how many people took part, delegations counted by head count
 * @param communiqueSlugs the public addresses of the published communiqués, newest first
 */
public record EventBrief(
    long eventId,
    String title,
    EventKind kind,
    EventStatus status,
    LocalDate firstDay,
    LocalDate lastDay,
    String place,
    List<String> organisers,
    List<String> coOrganisers,
    String purpose,
    int participants,
    List<InstitutionPart> institutions,
    List<SessionLine> sessions,
    List<CommitmentLine> commitments,
    List<String> communiqueSlugs) {

  public EventBrief {
    organisers = List.copyOf(organisers);
    coOrganisers = List.copyOf(coOrganisers);
    institutions = List.copyOf(institutions);
    sessions = List.copyOf(sessions);
    commitments = List.copyOf(commitments);
    communiqueSlugs = List.copyOf(communiqueSlugs);
  }

  /**
   * An institution that took part (or, with a null name, the people who came on their own), how
   * many people it brought and who represented it.
   */
  public record InstitutionPart(String name, int headCount, List<Representative> representatives) {
    public InstitutionPart {
      representatives = List.copyOf(representatives);
    }
  }

  /** Someone who took part: the name only with consent (else null), the position if recorded. */
  public record Representative(String name, String position) {}

  /** A session: its title, times and speakers (named with consent, else by position). */
  public record SessionLine(
      String title, LocalDateTime startsAt, LocalDateTime endsAt, List<String> speakers) {
    public SessionLine {
      speakers = List.copyOf(speakers);
    }
  }

  /** A commitment made at the event. */
  public record CommitmentLine(
      String title, String submitter, CommitmentStatus status, LocalDate targetDate) {}
}
