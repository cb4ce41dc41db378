package gt.mirps.coordination.person;

import java.util.List;

/** Pages of people, filtered and sorted by the database (never a whole table in memory). */
public interface PersonSearch {

  /** One page of the people {@code filter} selects, sorted by name. */
  List<Person> find(PersonFilter filter, boolean ascending, int first, int max);

  long count(PersonFilter filter);
}
