package gt.mirps.coordination.participation;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionDirectory;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.GuatemalaTime;
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
 * The participants page's use cases beyond registering: listing an event's participants in pages,
 * finding people and institutions to register, changing a role, accepting an invitation, and
 * registering someone who is not in the directory yet, with their institution, in one step.
 */
@ApplicationScoped
@Transactional
public class ParticipantRoster {

  /** The most candidates an autocomplete shows. */
  public static final int CANDIDATES_MAX = 12;

  private final ParticipationRepository participations;
  private final ParticipantListing listing;
  private final RegistrationCandidates candidates;
  private final Registrations registrations;
  private final People people;
  private final InstitutionDirectory directory;
  private final Territories territories;
  private final Auditor auditor;
  private final Clock clock;

  /** For the container's proxies only. */
  protected ParticipantRoster() {
    this(null, null, null, null, null, null, null, null, Clock.systemUTC());
  }

  @Inject
  public ParticipantRoster(
      ParticipationRepository participations,
      ParticipantListing listing,
      RegistrationCandidates candidates,
      Registrations registrations,
      People people,
      InstitutionDirectory directory,
      Territories territories,
      Auditor auditor) {
    this(
        participations,
        listing,
        candidates,
        registrations,
        people,
        directory,
        territories,
        auditor,
        Clock.systemUTC());
  }

  public ParticipantRoster(
      ParticipationRepository participations,
      ParticipantListing listing,
      RegistrationCandidates candidates,
      Registrations registrations,
      People people,
      InstitutionDirectory directory,
      Territories territories,
      Auditor auditor,
      Clock clock) {
    this.participations = participations;
    this.listing = listing;
    this.candidates = candidates;
    this.registrations = registrations;
    this.people = people;
    this.directory = directory;
    this.territories = territories;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** One page of the event's participants matching {@code filter}, in its order. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Participation> page(long eventId, ParticipantFilter filter, int first, int max) {
    if (first < 0 || max < 1) {
      throw new IllegalArgumentException("A page starts at 0 or later and holds at least one row");
    }
    return listing.page(eventId, filter, first, max);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(long eventId, ParticipantFilter filter) {
    return listing.count(eventId, filter);
  }

  /** People whose name contains what was typed; nothing for less than two letters. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PersonCandidate> peopleLike(String typed) {
    return Text.searchKey(typed).length() < 2
        ? List.of()
        : candidates.people(typed, CANDIDATES_MAX);
  }

  /** Institutions whose name, acronym or alias contains what was typed. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Institution> institutionsLike(String typed) {
    return Text.searchKey(typed).isEmpty()
        ? List.of()
        : candidates.institutions(typed, CANDIDATES_MAX);
  }

  /**
   * Gives the participant another role, if nobody changed them since {@code versionRead}. Choosing
   * the role they have changes nothing and records nothing.
   */
  public Participation changeRole(long participationId, ParticipationRole role, long versionRead) {
    Objects.requireNonNull(role, "role");
    Participation participation = existing(participationId);
    ConcurrentChange.check(participation, versionRead, Registrations.RECORD, participationId);
    if (participation.role() != role) {
      ParticipationRole before = participation.role();
      participation.changeRole(role);
      auditor.record(
          "participation.roleChanged",
          Registrations.RECORD,
          participationId,
          before + " → " + role);
    }
    return participation;
  }

  /** An invited participant accepted: they become registered. */
  public Participation acceptInvitation(long participationId) {
    Participation participation = existing(participationId);
    participation.register();
    auditor.record("participation.invitationAccepted", Registrations.RECORD, participationId, null);
    return participation;
  }

  /**
   * Records a new person (and, when {@code newInstitution} is given, their new institution), and
   * registers them at the event, all or nothing. They represent {@code institution} (an existing
   * one) or the new one, with their position there as their position at the event.
   */
  public Participation registerNewPerson(
      Event event,
      NewPerson newPerson,
      Institution institution,
      NewInstitution newInstitution,
      ParticipationRole role,
      AttendanceState initialState) {
    Objects.requireNonNull(newPerson, "newPerson");
    Person person = new Person(newPerson.fullName());
    person.describe(newPerson.honorific(), newPerson.position());
    person.contactAt(newPerson.email(), null);
    Institution representing =
        newInstitution != null ? directory.record(institutionFrom(newInstitution)) : institution;
    if (representing != null) {
      person.joinInstitution(
          representing, newPerson.position(), GuatemalaTime.now(clock).toLocalDate());
    }
    Person recorded = people.record(person);
    return registrations.registerPerson(
        event, recorded, representing, newPerson.position(), role, initialState);
  }

  private Institution institutionFrom(NewInstitution typed) {
    if (typed.kind() == null) {
      throw new RuleViolation("institution.kind.required", "An institution needs a kind");
    }
    if (typed.kind().requiredTerritoryLevel().isPresent()) {
      throw new RuleViolation(
          "institution.territory.required", typed.kind() + " needs a territory", typed.kind());
    }
    String code = Text.clean(typed.countryCode());
    Country country =
        (code == null ? java.util.Optional.<Country>empty() : territories.country(code))
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "institution.country.required", "An institution needs a country"));
    Institution institution = new Institution(typed.name(), typed.kind(), country, null);
    institution.abbreviate(typed.acronym());
    return institution;
  }

  private Participation existing(long id) {
    return participations
        .find(id)
        .orElseThrow(
            () -> new RuleViolation("participation.unknown", "No participation " + id, id));
  }
}
