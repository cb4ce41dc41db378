package gt.mirps.coordination.solidarity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where Solidarity City designations are kept. */
public interface SolidarityCityRepository {

  SolidarityCity add(SolidarityCity city);

  Optional<SolidarityCity> find(long id);

  /** The active designation of the territory with this id, if it has one. */
  Optional<SolidarityCity> activeFor(long territoryId);

  /**
   * The active designations by department code, then territory code, with their territory, its
   * department, institution and focal point loaded.
   */
  List<SolidarityCity> active();

  /**
   * Every designation, active or ended, of the department with this INE code ("13") and of its
   * municipalities, by territory code then signing date, loaded like {@link #active()}.
   */
  List<SolidarityCity> inDepartment(String departmentCode);

  /** How many designations of each kind are active; every kind is present, zero if none. */
  Map<SolidarityCityKind, Long> activeCountByKind();

  /** How many designations the filter lets through. */
  long count(SolidarityCityFilter filter);

  /**
   * Rows {@code first} to {@code first + max} of the designations the filter lets through, by
   * department code, territory code then signing date, loaded like {@link #active()}.
   */
  List<SolidarityCity> find(SolidarityCityFilter filter, int first, int max);
}
