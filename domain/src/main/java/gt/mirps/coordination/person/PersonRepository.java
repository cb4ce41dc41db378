package gt.mirps.coordination.person;

import java.util.List;
import java.util.Optional;

/** Where people are kept. */
public interface PersonRepository {

  Person add(Person person);

  Optional<Person> find(long id);

  /** People whose full name is exactly {@code name}, ignoring accents and case. */
  List<Person> findByName(String name);
}
