package gt.mirps.coordination.institution;

import java.util.List;

/** Pages of institutions, filtered and sorted by the database (never a whole table in memory). */
public interface InstitutionSearch {

  /** One page of the institutions {@code filter} selects, sorted, with their country. */
  List<Institution> find(
      InstitutionFilter filter, InstitutionOrder order, boolean ascending, int first, int max);

  long count(InstitutionFilter filter);
}
