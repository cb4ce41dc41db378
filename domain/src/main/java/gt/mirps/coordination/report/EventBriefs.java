package gt.mirps.coordination.report;

import gt.mirps.coordination.announcement.EventCommuniqueWriter;
import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentRepository;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventRepository;
import gt.mirps.coordination.event.EventSession;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationRepository;
import gt.mirps.coordination.participation.ParticipationRole;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.report.EventBrief.CommitmentLine;
import gt.mirps.coordination.report.EventBrief.InstitutionPart;
import gt.mirps.coordination.report.EventBrief.Representative;
import gt.mirps.coordination.report.EventBrief.SessionLine;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gathers the brief of an event (see {@link EventBrief}) in one transaction. Participants are those
 * a communiqué counts ({@link EventCommuniqueWriter#takingPart}): neither cancelled nor no-shows,
 * and only those who attended once the event was held and people were checked in. Institutions
 * whose people hold prominent roles (guest of honour, speaker, organiser, moderator, panellist)
 * come first, then those with named or positioned representatives, then delegations; each group
 * alphabetically.
 */
@ApplicationScoped
@Transactional
public class EventBriefs {

  /** How many participations a brief reads per query. */
  static final int PARTICIPANTS_PER_READ = ParticipationRepository.ALL_OF_EVENT_PER_READ;

  private static final List<ParticipationRole> PROMINENT =
      List.of(
          ParticipationRole.GUEST_OF_HONOUR,
          ParticipationRole.SPEAKER,
          ParticipationRole.ORGANISER,
          ParticipationRole.MODERATOR,
          ParticipationRole.PANELLIST);

  private final EventRepository events;
  private final ParticipationRepository participations;
  private final CommitmentRepository commitments;
  private final PublishedCommuniques communiques;

  protected EventBriefs() {
    this(null, null, null, null);
  }

  @Inject
  public EventBriefs(
      EventRepository events,
      ParticipationRepository participations,
      CommitmentRepository commitments,
      PublishedCommuniques communiques) {
    this.events = events;
    this.participations = participations;
    this.commitments = commitments;
    this.communiques = communiques;
  }

  /** The brief of the event with this id, if there is one. */
  public Optional<EventBrief> of(long eventId) {
    return events.find(eventId).map(this::brief);
  }

  private EventBrief brief(Event event) {
    List<Participation> present =
        EventCommuniqueWriter.takingPart(event, participations.allOfEvent(event.id()));
    return new EventBrief(
        event.id(),
        event.title(),
        event.kind(),
        event.status(),
        event.firstDay(),
        event.lastDay(),
        place(event),
        event.organisers().stream().map(Institution::displayName).toList(),
        event.coOrganisers().stream().map(Institution::displayName).toList(),
        event.purpose().filter(p -> !p.isBlank()).orElse(null),
        present.stream().mapToInt(Participation::headCount).sum(),
        institutions(present),
        event.sessions().stream().map(EventBriefs::session).toList(),
        commitments.ofEvent(event.id()).stream().map(EventBriefs::commitment).toList(),
        communiques.slugsAbout(event.id()));
  }

  private static String place(Event event) {
    List<String> parts = new ArrayList<>();
    event.venue().filter(v -> !v.isBlank()).ifPresent(parts::add);
    event.city().filter(c -> !c.isBlank()).ifPresent(parts::add);
    // "Ciudad de Guatemala" already says the municipality of Guatemala: no "Guatemala, Guatemala"
    event
        .territory()
        .filter(
            t ->
                parts.stream().noneMatch(p -> Text.searchKey(p).contains(Text.searchKey(t.name()))))
        .map(Territory::fullName)
        .ifPresent(parts::add);
    return String.join(", ", parts);
  }

  /** The institutions in the order the class comment gives, each with its representatives. */
  static List<InstitutionPart> institutions(List<Participation> present) {
    Map<Institution, List<Participation>> byInstitution = new LinkedHashMap<>();
    List<Participation> onTheirOwn = new ArrayList<>();
    for (Participation participation : present) {
      participation
          .institution()
          .ifPresentOrElse(
              i -> byInstitution.computeIfAbsent(i, k -> new ArrayList<>()).add(participation),
              () -> onTheirOwn.add(participation));
    }
    Collator collator = Collator.getInstance(Locale.forLanguageTag("es-GT"));
    collator.setStrength(Collator.PRIMARY);
    record Ranked(InstitutionPart part, int rank) {}
    List<Ranked> ranked = new ArrayList<>();
    byInstitution.forEach(
        (institution, theirs) -> {
          InstitutionPart part = part(institution.displayName(), theirs);
          int rank =
              theirs.stream().anyMatch(p -> p.person().isPresent() && prominent(p))
                  ? 0
                  : part.representatives().isEmpty() ? 2 : 1;
          ranked.add(new Ranked(part, rank));
        });
    ranked.sort(
        Comparator.comparingInt(Ranked::rank)
            .thenComparing(r -> r.part().name(), collator::compare));
    Stream<InstitutionPart> institutions = ranked.stream().map(Ranked::part);
    if (onTheirOwn.isEmpty()) {
      return institutions.toList();
    }
    return Stream.concat(institutions, Stream.of(part(null, onTheirOwn))).toList();
  }

  private static boolean prominent(Participation participation) {
    return PROMINENT.contains(participation.role());
  }

  private static InstitutionPart part(String name, List<Participation> theirs) {
    List<Participation> people =
        theirs.stream()
            .filter(p -> p.person().isPresent())
            .sorted(
                Comparator.comparingInt(
                    p -> prominent(p) ? PROMINENT.indexOf(p.role()) : PROMINENT.size()))
            .toList();
    List<Representative> representatives =
        people.stream()
            .map(EventBriefs::representative)
            .filter(r -> r.name() != null || r.position() != null)
            .toList();
    return new InstitutionPart(
        name, theirs.stream().mapToInt(Participation::headCount).sum(), representatives);
  }

  private static Representative representative(Participation participation) {
    Person person = participation.person().orElseThrow();
    String position =
        participation.positionAtEvent().or(person::position).filter(p -> !p.isBlank()).orElse(null);
    return new Representative(person.publicConsent() ? person.fullName() : null, position);
  }

  private static SessionLine session(EventSession session) {
    return new SessionLine(
        session.title(),
        session.startsAt(),
        session.endsAt(),
        session.speakers().stream()
            .map(
                person ->
                    person.publicConsent()
                        ? Optional.of(person.fullName())
                        : person.position().filter(p -> !p.isBlank()))
            .flatMap(Optional::stream)
            .toList());
  }

  private static CommitmentLine commitment(Commitment commitment) {
    return new CommitmentLine(
        commitment.title(),
        commitment.submitter().displayName(),
        commitment.status(),
        commitment.targetDate().orElse(null));
  }
}
