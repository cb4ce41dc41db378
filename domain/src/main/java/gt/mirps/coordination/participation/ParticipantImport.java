package gt.mirps.coordination.participation;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventRepository;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionRepository;
import gt.mirps.coordination.person.People;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.person.PersonRepository;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Registers a whole list of participants from a spreadsheet at once. {@link #validate} says what is
 * wrong with each row, changing nothing; {@link #importAll} checks again and registers every row in
 * one transaction, or none if any row still has a problem.
 *
 * <p>A person already in the directory (same name, accents and case aside, and the same email when
 * both have one) is reused as they are; anyone else is recorded with the row's details and joins
 * the row's institution. Each row becomes a participation through {@link Registrations}.
 */
@ApplicationScoped
@Transactional
public class ParticipantImport {

  /** The most rows one file may hold. */
  public static final int MAX_ROWS = 5_000;

  /** Every reason a row can be refused for, besides the person's own field rules. */
  public static final List<String> REASONS =
      List.of(
          "participation.import.name.required",
          "participation.import.email.invalid",
          "participation.import.phone.invalid",
          "participation.import.role.unknown",
          "participation.import.institution.unknown",
          "participation.import.institution.ambiguous",
          "participation.import.duplicate.inFile",
          "participation.import.duplicate.atEvent",
          "participation.import.person.ambiguous",
          "person.fullName.tooLong",
          "person.honorific.tooLong",
          "person.position.tooLong",
          "person.email.tooLong",
          "person.phone.tooLong");

  private static final Map<String, ParticipationRole> ROLE_NAMES = roleNames();

  private final EventRepository events;
  private final PersonRepository directory;
  private final InstitutionRepository institutions;
  private final ParticipationRepository participations;
  private final People people;
  private final Registrations registrations;
  private final Auditor auditor;
  private final Clock clock;

  /** For the container's proxies only. */
  protected ParticipantImport() {
    this(null, null, null, null, null, null, null, Clock.systemUTC());
  }

  @Inject
  public ParticipantImport(
      EventRepository events,
      PersonRepository directory,
      InstitutionRepository institutions,
      ParticipationRepository participations,
      People people,
      Registrations registrations,
      Auditor auditor) {
    this(
        events,
        directory,
        institutions,
        participations,
        people,
        registrations,
        auditor,
        Clock.systemUTC());
  }

  public ParticipantImport(
      EventRepository events,
      PersonRepository directory,
      InstitutionRepository institutions,
      ParticipationRepository participations,
      People people,
      Registrations registrations,
      Auditor auditor,
      Clock clock) {
    this.events = events;
    this.directory = directory;
    this.institutions = institutions;
    this.participations = participations;
    this.people = people;
    this.registrations = registrations;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** What is wrong with each row, in file order; empty when the whole list can be imported. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ImportProblem> validate(long eventId, List<ImportRow> rows) {
    event(eventId);
    return plan(eventId, rows).problems;
  }

  /**
   * Registers every row at the event, starting {@code initialState} (invited or registered), in one
   * transaction; refuses the whole list, changing nothing, while any row has a problem.
   */
  public ImportSummary importAll(long eventId, List<ImportRow> rows, AttendanceState initialState) {
    Event event = event(eventId);
    Plan plan = plan(eventId, rows);
    if (!plan.problems.isEmpty()) {
      throw new RuleViolation(
          "participation.import.problemsRemain",
          plan.problems.size() + " problems remain in the list",
          plan.problems.size());
    }
    int created = 0;
    for (Accepted accepted : plan.accepted) {
      Person person = accepted.existing;
      if (person == null) {
        person = people.record(newPerson(accepted));
        created++;
      }
      registrations.registerPerson(
          event,
          person,
          accepted.institution,
          accepted.row.position(),
          accepted.role,
          initialState);
    }
    ImportSummary summary = new ImportSummary(plan.accepted.size(), created);
    auditor.record(
        "participation.imported",
        "Event",
        eventId,
        summary.participants() + " participants, " + created + " new people");
    return summary;
  }

  /** The role a text names, in Spanish or English, accents and case aside; blank is attendee. */
  public static Optional<ParticipationRole> roleNamed(String text) {
    String key = Text.searchKey(text);
    if (key.isEmpty()) {
      return Optional.of(ParticipationRole.ATTENDEE);
    }
    return Optional.ofNullable(ROLE_NAMES.get(key.replace('_', ' ')));
  }

  private Event event(long eventId) {
    return events
        .find(eventId)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "participation.import.event.unknown", "No event " + eventId, eventId));
  }

  private Person newPerson(Accepted accepted) {
    ImportRow row = accepted.row;
    Person person = new Person(row.name());
    person.describe(row.honorific(), row.position());
    person.contactAt(row.email(), row.phone());
    if (accepted.institution != null) {
      person.joinInstitution(
          accepted.institution, row.position(), GuatemalaTime.now(clock).toLocalDate());
    }
    return person;
  }

  private Plan plan(long eventId, List<ImportRow> rows) {
    if (rows.isEmpty()) {
      throw new RuleViolation("participation.import.empty", "The list has no rows");
    }
    if (rows.size() > MAX_ROWS) {
      throw new RuleViolation(
          "participation.import.tooManyRows", rows.size() + " rows", MAX_ROWS, rows.size());
    }
    Plan plan = new Plan();
    Map<String, List<Seen>> seenByName = new HashMap<>();
    Map<String, List<Institution>> institutionsByKey = new HashMap<>();
    for (ImportRow row : rows) {
      int before = plan.problems.size();
      String name =
          check(
              row,
              ImportField.NAME,
              plan,
              () -> Text.required(row.name(), Person.NAME_MAX, "person.fullName"));
      check(
          row,
          ImportField.HONORIFIC,
          plan,
          () -> Text.optional(row.honorific(), Person.HONORIFIC_MAX, "person.honorific"));
      check(
          row,
          ImportField.POSITION,
          plan,
          () -> Text.optional(row.position(), Person.POSITION_MAX, "person.position"));
      String email =
          check(row, ImportField.EMAIL, plan, () -> Text.email(row.email(), "person.email"));
      check(
          row,
          ImportField.PHONE,
          plan,
          () -> {
            new Person("-").contactAt(null, row.phone());
            return row.phone();
          });
      ParticipationRole role = roleNamed(row.role()).orElse(null);
      if (role == null) {
        plan.problem(row, ImportField.ROLE, "participation.import.role.unknown", row.role());
      }
      Institution institution = institution(row, plan, institutionsByKey);
      Person existing =
          name == null ? null : duplicateOrExisting(eventId, row, name, email, plan, seenByName);
      if (plan.problems.size() == before) {
        plan.accepted.add(new Accepted(row, existing, institution, role));
      }
    }
    return plan;
  }

  /** The institution a row names, or null when it names none or a problem was noted. */
  private Institution institution(
      ImportRow row, Plan plan, Map<String, List<Institution>> institutionsByKey) {
    String key = Text.searchKey(row.institution());
    if (key.isEmpty()) {
      return null;
    }
    List<Institution> found =
        institutionsByKey.computeIfAbsent(key, k -> institutions.findByAnyName(row.institution()));
    if (found.isEmpty()) {
      plan.problem(
          row,
          ImportField.INSTITUTION,
          "participation.import.institution.unknown",
          row.institution());
      return null;
    }
    if (found.size() > 1) {
      plan.problem(
          row,
          ImportField.INSTITUTION,
          "participation.import.institution.ambiguous",
          row.institution(),
          found.stream().map(Institution::displayName).collect(Collectors.joining("; ")));
      return null;
    }
    return found.get(0);
  }

  /**
   * Notes a row that repeats an earlier one or whose person is already at the event, and returns
   * the person of the directory the row names, if any.
   */
  private Person duplicateOrExisting(
      long eventId,
      ImportRow row,
      String name,
      String email,
      Plan plan,
      Map<String, List<Seen>> seenByName) {
    String key = Text.searchKey(name);
    List<Seen> seen = seenByName.computeIfAbsent(key, k -> new ArrayList<>());
    Optional<Seen> earlier = seen.stream().filter(s -> sameEmail(s.email, email)).findFirst();
    seen.add(new Seen(row.line(), email));
    if (earlier.isPresent()) {
      plan.problem(
          row,
          ImportField.NAME,
          "participation.import.duplicate.inFile",
          row.name(),
          String.valueOf(earlier.get().line));
      return null;
    }
    List<Person> namesakes = directory.findByName(name);
    List<Person> sameAddress =
        email == null
            ? List.of()
            : namesakes.stream().filter(p -> p.email().equals(Optional.of(email))).toList();
    List<Person> candidates =
        sameAddress.isEmpty()
            ? namesakes.stream().filter(p -> sameEmail(p.email().orElse(null), email)).toList()
            : sameAddress;
    if (candidates.size() > 1) {
      plan.problem(
          row,
          ImportField.NAME,
          "participation.import.person.ambiguous",
          row.name(),
          String.valueOf(candidates.size()));
      return null;
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Person person = candidates.get(0);
    if (participations.findByEventAndPerson(eventId, person.id()).isPresent()) {
      plan.problem(row, ImportField.NAME, "participation.import.duplicate.atEvent", row.name());
      return null;
    }
    return person;
  }

  /** Two addresses name the same person unless both are given and differ. */
  private static boolean sameEmail(String one, String other) {
    return one == null || other == null || one.equals(other);
  }

  private interface Check {
    String value();
  }

  /** Runs one field's rule; notes its refusal as a problem of the row and returns null. */
  private static String check(ImportRow row, ImportField field, Plan plan, Check rule) {
    try {
      return rule.value();
    } catch (RuleViolation violation) {
      // The person's own rules keep their texts ("no more than {0} characters"); the reasons a
      // row is commonly refused for get texts that quote the value.
      String key =
          switch (violation.messageKey()) {
            case "person.fullName.required" -> "participation.import.name.required";
            case "person.email.invalid" -> "participation.import.email.invalid";
            case "person.phone.invalid" -> "participation.import.phone.invalid";
            default -> violation.messageKey();
          };
      List<String> arguments = new ArrayList<>();
      if (key.equals(violation.messageKey())) {
        for (Object argument : violation.arguments()) {
          arguments.add(String.valueOf(argument));
        }
      } else {
        arguments.add(Optional.ofNullable(row.value(field)).orElse(""));
      }
      plan.problems.add(new ImportProblem(row.line(), field, row.value(field), key, arguments));
      return null;
    }
  }

  private static Map<String, ParticipationRole> roleNames() {
    Map<String, ParticipationRole> names = new HashMap<>();
    for (ParticipationRole role : ParticipationRole.values()) {
      names.put(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), role);
    }
    put(
        names,
        ParticipationRole.GUEST_OF_HONOUR,
        "invitado de honor",
        "invitada de honor",
        "guest of honor");
    put(
        names,
        ParticipationRole.SPEAKER,
        "ponente",
        "orador",
        "oradora",
        "expositor",
        "expositora",
        "conferencista");
    put(names, ParticipationRole.ORGANISER, "organizador", "organizadora", "organizer");
    put(names, ParticipationRole.MODERATOR, "moderador", "moderadora");
    put(names, ParticipationRole.PANELLIST, "panelista", "panelist");
    put(names, ParticipationRole.DELEGATE, "delegado", "delegada");
    put(names, ParticipationRole.ATTENDEE, "asistente", "participante", "participant");
    put(names, ParticipationRole.OBSERVER, "observador", "observadora");
    return Map.copyOf(names);
  }

  private static void put(
      Map<String, ParticipationRole> names, ParticipationRole role, String... words) {
    for (String word : words) {
      names.put(word, role);
    }
  }

  private record Seen(int line, String email) {}

  private record Accepted(
      ImportRow row, Person existing, Institution institution, ParticipationRole role) {}

  private static final class Plan {
    final List<ImportProblem> problems = new ArrayList<>();
    final List<Accepted> accepted = new ArrayList<>();

    void problem(ImportRow row, ImportField field, String key, String... arguments) {
      List<String> texts = new ArrayList<>();
      for (String argument : arguments) {
        texts.add(argument == null ? "" : argument);
      }
      problems.add(new ImportProblem(row.line(), field, row.value(field), key, texts));
    }
  }
}
