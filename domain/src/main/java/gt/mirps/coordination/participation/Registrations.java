package gt.mirps.coordination.participation;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registering people and delegations at events and checking them in at the door. */
@ApplicationScoped
@Transactional
public class Registrations {

  static final String RECORD = "Participation";
  private static final int CODE_ATTEMPTS = 10;

  private final ParticipationRepository participations;
  private final Auditor auditor;
  private final Clock clock;

  /** For the container's proxies only. */
  protected Registrations() {
    this(null, null, Clock.systemUTC());
  }

  @Inject
  public Registrations(ParticipationRepository participations, Auditor auditor) {
    this(participations, auditor, Clock.systemUTC());
  }

  public Registrations(ParticipationRepository participations, Auditor auditor, Clock clock) {
    this.participations = participations;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** Registers (or invites) a person; a person takes part in an event only once. */
  public Participation registerPerson(
      Event event,
      Person person,
      Institution representing,
      String position,
      ParticipationRole role,
      AttendanceState initialState) {
    if (person.id() != null
        && participations.findByEventAndPerson(event.id(), person.id()).isPresent()) {
      throw new RuleViolation(
          "participation.person.duplicate",
          person.fullName() + " is already registered at this event",
          person.fullName());
    }
    Participation participation =
        participations.add(
            Participation.ofPerson(
                event, person, representing, position, role, initialState, freshCode()));
    auditor.record(
        "participation.registered",
        RECORD,
        participation.id(),
        person.fullName() + " · " + event.title() + " · " + initialState);
    return participation;
  }

  /** Registers an institution's delegation; an institution sends one delegation per event. */
  public Participation registerDelegation(
      Event event,
      Institution institution,
      int headCount,
      ParticipationRole role,
      AttendanceState initialState) {
    if (institution.id() != null
        && participations.delegation(event.id(), institution.id()).isPresent()) {
      throw new RuleViolation(
          "participation.delegation.duplicate",
          institution.displayName() + " already has a delegation at this event",
          institution.displayName());
    }
    Participation participation =
        participations.add(
            Participation.delegation(
                event, institution, headCount, role, initialState, freshCode()));
    auditor.record(
        "participation.registered",
        RECORD,
        participation.id(),
        institution.displayName() + " × " + headCount + " · " + event.title());
    return participation;
  }

  /**
   * Checks in the participant with this badge code. Idempotent: a second check-in keeps the first
   * time and is not recorded again.
   */
  public Participation checkIn(String typedCode) {
    String code = ParticipantCode.normalise(typedCode);
    Participation participation =
        participations
            .findByCode(code)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "participation.code.unknown",
                        "No participant has the code " + typedCode,
                        typedCode));
    if (participation.checkIn(clock.instant(), ChangeAuthor.current())) {
      auditor.record("participation.checkedIn", RECORD, participation.id(), code);
    }
    return participation;
  }

  /**
   * Records attendance after the fact, from a paper sign-in sheet, at the time it happened; that
   * time may not be in the future. Idempotent like a check-in at the door.
   */
  public Participation recordAttendance(long participationId, Instant at) {
    if (at.isAfter(clock.instant())) {
      throw new RuleViolation(
          "participation.checkIn.future", "Attendance cannot be recorded in the future");
    }
    Participation participation = existing(participationId);
    if (participation.checkIn(at, ChangeAuthor.current())) {
      auditor.record("participation.checkedIn", RECORD, participationId, at.toString());
    }
    return participation;
  }

  public Participation confirm(long participationId) {
    Participation participation = existing(participationId);
    participation.confirm();
    auditor.record("participation.confirmed", RECORD, participationId, null);
    return participation;
  }

  public Participation cancel(long participationId) {
    Participation participation = existing(participationId);
    participation.cancel();
    auditor.record("participation.cancelled", RECORD, participationId, null);
    return participation;
  }

  public Participation markNoShow(long participationId) {
    Participation participation = existing(participationId);
    participation.markNoShow();
    auditor.record("participation.noShow", RECORD, participationId, null);
    return participation;
  }

  /** One page of an event's participants, with their person and institution. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Participation> ofEvent(long eventId, int first, int max) {
    return participations.ofEvent(eventId, first, max);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<AttendanceState, Long> countByState(long eventId) {
    return participations.countByState(eventId);
  }

  public long countOfEvent(long eventId) {
    return participations.countOfEvent(eventId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Participation> byCode(String typedCode) {
    return participations.findByCode(ParticipantCode.normalise(typedCode));
  }

  private Participation existing(long id) {
    return participations
        .find(id)
        .orElseThrow(
            () -> new RuleViolation("participation.unknown", "No participation " + id, id));
  }

  private String freshCode() {
    for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      String code = ParticipantCode.next();
      if (!participations.codeTaken(code)) {
        return code;
      }
    }
    throw new IllegalStateException("Could not find a free participant code");
  }
}
