package gt.mirps.coordination.person;

import gt.mirps.coordination.audit.Auditor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Recording people and finding them. */
@ApplicationScoped
@Transactional
public class People {

  static final String RECORD = "Person";

  private final PersonRepository people;
  private final Auditor auditor;

  /** For the container's proxies only. */
  protected People() {
    this(null, null);
  }

  @Inject
  public People(PersonRepository people, Auditor auditor) {
    this.people = people;
    this.auditor = auditor;
  }

  public Person record(Person person) {
    Person recorded = people.add(person);
    auditor.record("person.recorded", RECORD, recorded.id(), recorded.fullName());
    return recorded;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Person> find(long id) {
    return people.find(id);
  }

  /** People whose full name is exactly {@code name}, accents and case aside. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Person> named(String name) {
    return people.findByName(name);
  }
}
