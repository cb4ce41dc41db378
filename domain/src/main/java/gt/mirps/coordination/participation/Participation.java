package gt.mirps.coordination.participation;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Affiliation;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, or an institution's delegation, at an event. For a person, the institution and position
 * they represented are copied when they are registered and stay as they were at the event, whatever
 * their affiliation becomes later.
 */
@Entity
@Table(name = "participation")
@NamedQuery(
    name = "Participation.findByCode",
    query =
        "select p from Participation p left join fetch p.person left join fetch p.institution"
            + " where p.code = :code")
@NamedQuery(
    name = "Participation.findByEventAndPerson",
    query = "select p from Participation p where p.event.id = :event and p.person.id = :person")
@NamedQuery(
    name = "Participation.delegation",
    query =
        "select p from Participation p where p.event.id = :event and p.person is null"
            + " and p.institution.id = :institution")
@NamedQuery(
    name = "Participation.ofEvent",
    query =
        "select p from Participation p left join fetch p.person left join fetch p.institution"
            + " where p.event.id = :event order by p.id")
@NamedQuery(
    name = "Participation.countOfEvent",
    query = "select count(p) from Participation p where p.event.id = :event")
@NamedQuery(
    name = "Participation.countByState",
    query =
        "select p.state, count(p) from Participation p where p.event.id = :event group by p.state")
@NamedQuery(
    name = "Participation.codeTaken",
    query = "select count(p) from Participation p where p.code = :code")
public class Participation extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "participation_seq",
      sequenceName = "participation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "event_id", nullable = false)
  private Event event;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  /** For a person, the institution they represented at the event; for a delegation, its own. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id")
  private Institution institution;

  @Column(name = "position_at_event", length = Person.POSITION_MAX)
  private String positionAtEvent;

  @Column(name = "head_count", nullable = false)
  private int headCount = 1;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private ParticipationRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private AttendanceState state;

  @Column(name = "checked_in_at")
  private Instant checkedInAt;

  @Column(name = "checked_in_by", length = 120)
  private String checkedInBy;

  @Column(name = "code", nullable = false, unique = true, length = ParticipantCode.LENGTH)
  private String code;

  /** Registered at the door on the day, not beforehand. */
  @Column(name = "walk_in", nullable = false)
  private boolean walkIn;

  /** The state the participant was in when checked in, so that a mistaken check-in is undone. */
  @Enumerated(EnumType.STRING)
  @Column(name = "state_before_check_in", length = 20)
  private AttendanceState stateBeforeCheckIn;

  protected Participation() {
    // for JPA
  }

  private Participation(Event event, ParticipationRole role, AttendanceState state, String code) {
    this.event = Objects.requireNonNull(event, "event");
    this.role = Objects.requireNonNull(role, "role");
    if (state != AttendanceState.INVITED && state != AttendanceState.REGISTERED) {
      throw new RuleViolation(
          "participation.state.initial", "A participant starts invited or registered");
    }
    this.state = state;
    if (!ParticipantCode.isValid(code)) {
      throw new IllegalArgumentException("Not a participant code: " + code);
    }
    this.code = code;
  }

  /**
   * {@code person} at {@code event}, representing {@code representing} (or, when null, the
   * institution of their current affiliation) with {@code position} (or their current one).
   */
  public static Participation ofPerson(
      Event event,
      Person person,
      Institution representing,
      String position,
      ParticipationRole role,
      AttendanceState state,
      String code) {
    Participation participation = new Participation(event, role, state, code);
    participation.person = Objects.requireNonNull(person, "person");
    Optional<Affiliation> current = person.currentAffiliation();
    participation.institution =
        representing != null ? representing : current.map(Affiliation::institution).orElse(null);
    String given = Text.optional(position, Person.POSITION_MAX, "person.position");
    participation.positionAtEvent =
        given != null
            ? given
            : current.flatMap(Affiliation::position).or(person::position).orElse(null);
    return participation;
  }

  /**
   * Someone who turns up at the door without having registered: a person registered on the spot as
   * an attendee, counted as a walk-in. The desk checks them in straight away.
   */
  public static Participation walkIn(
      Event event, Person person, Institution representing, String position, String code) {
    Participation participation =
        ofPerson(
            event,
            person,
            representing,
            position,
            ParticipationRole.ATTENDEE,
            AttendanceState.REGISTERED,
            code);
    participation.walkIn = true;
    return participation;
  }

  /** A delegation of {@code institution} of {@code headCount} people (at least one). */
  public static Participation delegation(
      Event event,
      Institution institution,
      int headCount,
      ParticipationRole role,
      AttendanceState state,
      String code) {
    Participation participation = new Participation(event, role, state, code);
    participation.institution = Objects.requireNonNull(institution, "institution");
    participation.changeHeadCount(headCount);
    return participation;
  }

  public void changeHeadCount(int newHeadCount) {
    if (person != null) {
      throw new RuleViolation(
          "participation.headCount.personal", "A person's participation counts one");
    }
    if (newHeadCount < 1) {
      throw new RuleViolation(
          "participation.headCount.atLeastOne", "A delegation has at least one person");
    }
    this.headCount = newHeadCount;
  }

  public void changeRole(ParticipationRole newRole) {
    this.role = Objects.requireNonNull(newRole, "role");
  }

  public void register() {
    moveTo(AttendanceState.REGISTERED);
  }

  public void confirm() {
    moveTo(AttendanceState.CONFIRMED);
  }

  public void markNoShow() {
    moveTo(AttendanceState.NO_SHOW);
  }

  public void cancel() {
    moveTo(AttendanceState.CANCELLED);
  }

  /**
   * Records arrival at the door. Checking in someone only invited or registered confirms them on
   * the way; checking in twice keeps the first time and desk user. Returns true if this call
   * checked them in, false if they already were.
   */
  public boolean checkIn(Instant at, String by) {
    if (state == AttendanceState.ATTENDED) {
      return false;
    }
    if (state == AttendanceState.CANCELLED) {
      throw new RuleViolation(
          "participation.checkIn.cancelled",
          "Participation " + code + " was cancelled and cannot be checked in",
          code);
    }
    AttendanceState before = state;
    if (state == AttendanceState.INVITED) {
      register();
    }
    if (state == AttendanceState.REGISTERED) {
      confirm();
    }
    moveTo(AttendanceState.ATTENDED);
    this.checkedInAt = Objects.requireNonNull(at, "at");
    this.checkedInBy = Objects.requireNonNull(by, "by");
    this.stateBeforeCheckIn = before;
    return true;
  }

  /**
   * Takes back a check-in made by mistake: the participant is again in the state they were in
   * before it (invited, registered or confirmed; confirmed for check-ins recorded before this was
   * remembered), with no check-in time. Only a checked-in participant can have it undone.
   */
  public void undoCheckIn() {
    if (state != AttendanceState.ATTENDED) {
      throw new RuleViolation(
          "participation.checkIn.notCheckedIn",
          "Participation " + code + " is " + state + ", not checked in",
          code);
    }
    this.state = stateBeforeCheckIn != null ? stateBeforeCheckIn : AttendanceState.CONFIRMED;
    this.stateBeforeCheckIn = null;
    this.checkedInAt = null;
    this.checkedInBy = null;
  }

  private void moveTo(AttendanceState target) {
    if (!state.canMoveTo(target)) {
      throw new RuleViolation(
          "participation.state.notAllowed",
          "A participant who is " + state + " cannot become " + target,
          state,
          target);
    }
    this.state = target;
  }

  public Long id() {
    return id;
  }

  public Event event() {
    return event;
  }

  public Optional<Person> person() {
    return Optional.ofNullable(person);
  }

  public boolean isDelegation() {
    return person == null;
  }

  public Optional<Institution> institution() {
    return Optional.ofNullable(institution);
  }

  public Optional<String> positionAtEvent() {
    return Optional.ofNullable(positionAtEvent);
  }

  public int headCount() {
    return headCount;
  }

  public ParticipationRole role() {
    return role;
  }

  public AttendanceState state() {
    return state;
  }

  public Optional<Instant> checkedInAt() {
    return Optional.ofNullable(checkedInAt);
  }

  public Optional<String> checkedInBy() {
    return Optional.ofNullable(checkedInBy);
  }

  public String code() {
    return code;
  }

  public boolean isWalkIn() {
    return walkIn;
  }

  /** The state before the check-in, while checked in. */
  public Optional<AttendanceState> stateBeforeCheckIn() {
    return Optional.ofNullable(stateBeforeCheckIn);
  }

  /** Who this is, for a desk or a badge: the person's name, or the delegation's institution. */
  public String displayName() {
    return person != null
        ? person.fullName()
        : institution().map(Institution::displayName).orElse(code);
  }

  /** The business identity: a participant code is unique. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Participation that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "Participation[" + code + ", " + state + "]";
  }
}
