package gt.mirps.coordination.person;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionRepository;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Creating and editing people from the directory's form, and recording their moves between
 * institutions and posts. A refused form changes nothing.
 */
@ApplicationScoped
@Transactional
public class PersonEditor {

  private final PersonRepository people;
  private final PersonSearch search;
  private final InstitutionRepository institutions;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected PersonEditor() {
    this(null, null, null, null);
  }

  @Inject
  public PersonEditor(
      PersonRepository people,
      PersonSearch search,
      InstitutionRepository institutions,
      Auditor auditor) {
    this.people = people;
    this.search = search;
    this.institutions = institutions;
    this.auditor = auditor;
  }

  public Person create(PersonDetails details) {
    Person person = new Person(details.fullName());
    fill(person, details);
    Person recorded = people.add(person);
    auditor.record("person.recorded", People.RECORD, recorded.id(), recorded.fullName());
    return recorded;
  }

  /**
   * Saves the form over person {@code id}, refused if someone saved it since the form read {@code
   * versionRead}.
   */
  public Person update(long id, long versionRead, PersonDetails details) {
    Person person = find(id);
    ConcurrentChange.check(person, versionRead, People.RECORD, id);
    // Validated on a scratch copy first, so that a refused value leaves the record untouched.
    fill(new Person(details.fullName()), details);
    person.rename(details.fullName());
    fill(person, details);
    auditor.record("person.updated", People.RECORD, id, person.fullName());
    return person;
  }

  /**
   * Records that person {@code id} holds {@code position} at institution {@code institutionId} from
   * {@code since}; their current post ends that day.
   */
  public Person moveTo(
      long id, long versionRead, Long institutionId, String position, LocalDate since) {
    Person person = find(id);
    ConcurrentChange.check(person, versionRead, People.RECORD, id);
    if (institutionId == null) {
      throw new RuleViolation("person.affiliation.institution.required", "No institution");
    }
    if (since == null) {
      throw new RuleViolation("person.affiliation.since.required", "No start date");
    }
    Institution institution =
        institutions
            .find(institutionId)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "institution.notFound", "No institution " + institutionId, institutionId));
    person.joinInstitution(institution, position, since);
    auditor.record(
        "person.moved",
        People.RECORD,
        id,
        institution.displayName() + " · " + position + " · " + since);
    return person;
  }

  /** People whose name contains {@code text}, for choosing one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Person> suggestions(String text, int max) {
    return search.find(PersonFilter.text(text), true, 0, max);
  }

  private static void fill(Person person, PersonDetails details) {
    person.describe(details.honorific(), details.position());
    person.contactAt(details.email(), details.phone());
    person.consentToPublicLists(details.publicConsent());
  }

  private Person find(long id) {
    return people.find(id).orElseThrow(() -> notFound(id));
  }

  static RuleViolation notFound(long id) {
    return new RuleViolation("person.notFound", "No person " + id, id);
  }
}
