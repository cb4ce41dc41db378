package gt.mirps.coordination.solidarity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository that keeps designations in a list and numbers them as the database would, for
 * testing use cases without a database.
 */
class InMemorySolidarityCities implements SolidarityCityRepository {

  private final List<SolidarityCity> cities = new ArrayList<>();
  private long nextId = 50;

  @Override
  public SolidarityCity add(SolidarityCity city) {
    assignId(city, nextId++);
    cities.add(city);
    return city;
  }

  private static void assignId(SolidarityCity city, long id) {
    try {
      Field field = SolidarityCity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(city, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Optional<SolidarityCity> find(long id) {
    return cities.stream().filter(c -> c.id() == id).findFirst();
  }

  @Override
  public Optional<SolidarityCity> activeFor(long territoryId) {
    return cities.stream()
        .filter(SolidarityCity::isActive)
        .filter(c -> c.territory().id() == territoryId)
        .findFirst();
  }

  @Override
  public List<SolidarityCity> active() {
    return cities.stream()
        .filter(SolidarityCity::isActive)
        .sorted(
            Comparator.comparing((SolidarityCity c) -> c.department().code())
                .thenComparing(c -> c.territory().code()))
        .toList();
  }

  @Override
  public List<SolidarityCity> inDepartment(String departmentCode) {
    return cities.stream()
        .filter(c -> c.department().code().equals(departmentCode))
        .sorted(
            Comparator.comparing((SolidarityCity c) -> c.territory().code())
                .thenComparing(SolidarityCity::signedOn))
        .toList();
  }

  @Override
  public Map<SolidarityCityKind, Long> activeCountByKind() {
    Map<SolidarityCityKind, Long> counts = new EnumMap<>(SolidarityCityKind.class);
    for (SolidarityCityKind kind : SolidarityCityKind.values()) {
      counts.put(kind, cities.stream().filter(c -> c.isActive() && c.kind() == kind).count());
    }
    return counts;
  }

  int size() {
    return cities.size();
  }

  @Override
  public long count(SolidarityCityFilter filter) {
    return cities.stream().filter(filter::matches).count();
  }

  @Override
  public List<SolidarityCity> find(SolidarityCityFilter filter, int first, int max) {
    return cities.stream()
        .filter(filter::matches)
        .sorted(
            Comparator.comparing((SolidarityCity c) -> c.department().code())
                .thenComparing(c -> c.territory().code())
                .thenComparing(SolidarityCity::signedOn))
        .skip(first)
        .limit(max)
        .toList();
  }
}
