package gt.mirps.coordination.participation;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventRepository;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The check-in desk at an event's door: finding a participant by name, institution or badge code,
 * checking them in (idempotently), undoing a mistaken check-in, registering walk-ins, and the
 * running counts. Everything is about one event: a code of another event is unknown here.
 */
@ApplicationScoped
@Transactional
public class CheckInDesk {

  /** How many matches a search at the desk shows at most. */
  public static final int MAX_MATCHES = 8;

  /** How many letters a search needs. */
  public static final int MIN_SEARCH = 2;

  private final ParticipationRepository participations;
  private final DeskQueries queries;
  private final EventRepository events;
  private final People people;
  private final InstitutionDirectory institutions;
  private final Territories territories;
  private final Auditor auditor;
  private final Clock clock;

  /** For the container's proxies only. */
  protected CheckInDesk() {
    this(null, null, null, null, null, null, null, Clock.systemUTC());
  }

  @Inject
  public CheckInDesk(
      ParticipationRepository participations,
      DeskQueries queries,
      EventRepository events,
      People people,
      InstitutionDirectory institutions,
      Territories territories,
      Auditor auditor) {
    this(
        participations,
        queries,
        events,
        people,
        institutions,
        territories,
        auditor,
        Clock.systemUTC());
  }

  public CheckInDesk(
      ParticipationRepository participations,
      DeskQueries queries,
      EventRepository events,
      People people,
      InstitutionDirectory institutions,
      Territories territories,
      Auditor auditor,
      Clock clock) {
    this.participations = participations;
    this.queries = queries;
    this.events = events;
    this.people = people;
    this.institutions = institutions;
    this.territories = territories;
    this.auditor = auditor;
    this.clock = clock;
  }

  /**
   * Checks in the participant of this event with the badge code typed or scanned. A second check-in
   * keeps the first time and says so ({@link DeskEntry#firstCheckIn()} false). Refuses a malformed
   * code ({@code desk.code.invalid}), a code unknown at this event ({@code
   * participation.code.unknown}) and a cancelled participation ({@code
   * participation.checkIn.cancelled}).
   */
  public DeskEntry checkInByCode(long eventId, String typedCode) {
    return checkIn(byCode(eventId, typedCode));
  }

  /** Checks in a participant the desk found by name or institution; as {@link #checkInByCode}. */
  public DeskEntry checkIn(long eventId, long participationId) {
    return checkIn(ofEvent(eventId, participationId));
  }

  /**
   * Takes back a check-in made by mistake: the participant goes back to the state before it. The
   * undoing is audited with the check-in time it removed.
   */
  public DeskEntry undoCheckIn(long eventId, long participationId) {
    Participation participation = ofEvent(eventId, participationId);
    String was = participation.checkedInAt().map(Object::toString).orElse("");
    participation.undoCheckIn();
    auditor.record(
        "participation.checkInUndone",
        Registrations.RECORD,
        participation.id(),
        participation.code() + " · " + was + " → " + participation.state());
    return DeskEntry.of(participation, false);
  }

  /**
   * Registers someone who came without registering, with the three things the desk asks: their name
   * (required), their institution and position (optional), and checks them in. The institution is
   * one of the directory's when {@code institutionId} is given or when {@code institutionName} is
   * exactly a known name, acronym or alias; otherwise a new institution of kind "other" in
   * Guatemala is recorded with that name.
   */
  public DeskEntry registerWalkIn(
      long eventId, String fullName, Long institutionId, String institutionName, String position) {
    Event event = event(eventId);
    Person person = new Person(fullName);
    Institution institution = institution(institutionId, institutionName);
    Participation participation =
        Participation.walkIn(event, person, institution, position, freshCode());
    people.record(person);
    participations.add(participation);
    auditor.record(
        "participation.walkIn",
        Registrations.RECORD,
        participation.id(),
        participation.displayName() + " · " + participation.event().title());
    return checkIn(participation);
  }

  /**
   * Registers a person ahead of the day (not a walk-in, not checked in): a badge printer or an
   * online form; institution as for {@link #registerWalkIn}.
   */
  public DeskEntry register(
      long eventId, String fullName, Long institutionId, String institutionName, String position) {
    Event event = event(eventId);
    Person person = new Person(fullName);
    Institution institution = institution(institutionId, institutionName);
    Participation participation =
        Participation.ofPerson(
            event,
            person,
            institution,
            position,
            ParticipationRole.ATTENDEE,
            AttendanceState.REGISTERED,
            freshCode());
    people.record(person);
    participations.add(participation);
    auditor.record(
        "participation.registered",
        Registrations.RECORD,
        participation.id(),
        person.fullName() + " · " + event.title() + " · " + AttendanceState.REGISTERED);
    return DeskEntry.of(participation, false);
  }

  /** Cancels the participation of this event with this code (cancelling twice is refused). */
  public DeskEntry cancel(long eventId, String typedCode) {
    Participation participation = byCode(eventId, typedCode);
    participation.cancel();
    auditor.record("participation.cancelled", Registrations.RECORD, participation.id(), null);
    return DeskEntry.of(participation, false);
  }

  /** The participant of this event with this code, whatever their state. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public DeskEntry find(long eventId, String typedCode) {
    return DeskEntry.of(byCode(eventId, typedCode), false);
  }

  /**
   * Up to {@value #MAX_MATCHES} participants of the event whose name, institution or acronym
   * contains what was typed (accents and case aside); nothing for fewer than {@value #MIN_SEARCH}
   * letters.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DeskEntry> search(long eventId, String typed) {
    String key = Text.searchKey(typed);
    if (key.length() < MIN_SEARCH) {
      return List.of();
    }
    return queries.search(eventId, key, MAX_MATCHES).stream()
        .map(p -> DeskEntry.of(p, false))
        .toList();
  }

  /** Institution names for the walk-in form's suggestions. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> institutionNames(String typed) {
    String key = Text.searchKey(typed);
    return key.length() < MIN_SEARCH ? List.of() : queries.institutionNames(key, MAX_MATCHES);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public DeskCounts counts(long eventId) {
    return DeskCounts.of(participations.countByState(eventId), queries.countWalkIns(eventId));
  }

  /** The event, or a refusal if there is none with this id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Event event(long eventId) {
    return events
        .find(eventId)
        .orElseThrow(() -> new RuleViolation("desk.event.unknown", "No event " + eventId, eventId));
  }

  private DeskEntry checkIn(Participation participation) {
    boolean first = participation.checkIn(clock.instant(), ChangeAuthor.current());
    if (first) {
      auditor.record(
          "participation.checkedIn",
          Registrations.RECORD,
          participation.id(),
          participation.code());
    }
    return DeskEntry.of(participation, first);
  }

  private Participation byCode(long eventId, String typedCode) {
    String code = ParticipantCode.normalise(typedCode);
    if (code.isEmpty()) {
      throw new RuleViolation(
          "desk.code.invalid", "Not a participant code: " + typedCode, String.valueOf(typedCode));
    }
    return participations
        .findByCode(code)
        .filter(p -> Objects.equals(p.event().id(), eventId))
        .orElseThrow(
            () ->
                new RuleViolation(
                    "participation.code.unknown",
                    "No participant of event " + eventId + " has the code " + code,
                    code));
  }

  private Participation ofEvent(long eventId, long participationId) {
    return participations
        .find(participationId)
        .filter(p -> Objects.equals(p.event().id(), eventId))
        .orElseThrow(
            () ->
                new RuleViolation(
                    "participation.unknown",
                    "No participation " + participationId,
                    participationId));
  }

  private Institution institution(Long institutionId, String institutionName) {
    if (institutionId != null) {
      return institutions
          .find(institutionId)
          .orElseThrow(
              () ->
                  new RuleViolation("desk.institution.unknown", "No institution " + institutionId));
    }
    String name = Text.clean(institutionName);
    if (name == null) {
      return null;
    }
    List<Institution> known = institutions.knownAs(name);
    if (!known.isEmpty()) {
      return known.get(0);
    }
    Country guatemala =
        territories
            .country(Country.GUATEMALA)
            .orElseThrow(() -> new IllegalStateException("Guatemala is not loaded"));
    return institutions.record(new Institution(name, InstitutionKind.OTHER, guatemala, null));
  }

  private String freshCode() {
    for (int attempt = 0; attempt < 10; attempt++) {
      String code = ParticipantCode.next();
      if (!participations.codeTaken(code)) {
        return code;
      }
    }
    throw new IllegalStateException("Could not find a free participant code");
  }
}
