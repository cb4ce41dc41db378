package gt.mirps.coordination.solidarity;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.GuatemalaTime;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The use cases of designating Solidarity Cities and keeping their record; every change audited.
 */
@ApplicationScoped
@Transactional
public class SolidarityCityRegister {

  /** The record type of this register's audit entries. */
  public static final String RECORD_TYPE = "SolidarityCity";

  private final SolidarityCityRepository cities;
  private final Auditor auditor;
  private final Clock clock;

  /** For the container's proxies only. */
  protected SolidarityCityRegister() {
    this(null, null, Clock.systemUTC());
  }

  @Inject
  public SolidarityCityRegister(SolidarityCityRepository cities, Auditor auditor) {
    this(cities, auditor, Clock.systemUTC());
  }

  public SolidarityCityRegister(SolidarityCityRepository cities, Auditor auditor, Clock clock) {
    this.cities = cities;
    this.auditor = auditor;
    this.clock = clock;
  }

  /**
   * Designates {@code territory} as a Solidarity City. A territory can have only one active
   * designation; {@code institution} may be null.
   */
  public SolidarityCity designate(
      SolidarityCityKind kind,
      Territory territory,
      Institution institution,
      LocalDate signedOn,
      Set<SolidarityService> services) {
    SolidarityCity city = new SolidarityCity(kind, territory, signedOn, today());
    city.representedBy(institution);
    city.changeServices(services);
    Optional<SolidarityCity> current = cities.activeFor(territory.id());
    if (current.isPresent()) {
      throw new RuleViolation(
          "solidarityCity.territory.alreadyActive",
          territory + " is already a Solidarity City since " + current.get().signedOn(),
          territory.fullName(),
          current.get().signedOn());
    }
    cities.add(city);
    audit(
        "designate",
        city,
        kind + " " + territory + " signed " + signedOn + " services " + city.services());
    return city;
  }

  /**
   * Designates {@code territory} with its focal point and network membership as well, all in one
   * change (the form's "new Solidarity City"); nothing is kept if a rule refuses any of it.
   */
  public SolidarityCity designate(
      SolidarityCityKind kind,
      Territory territory,
      Institution institution,
      LocalDate signedOn,
      Set<SolidarityService> services,
      Person focalPoint,
      boolean networkMember) {
    SolidarityCity city = designate(kind, territory, institution, signedOn, services);
    if (focalPoint != null) {
      city.appointFocalPoint(focalPoint);
    }
    if (networkMember) {
      city.joinNetwork();
    }
    if (focalPoint != null || networkMember) {
      audit(
          "revise",
          city,
          "focal point "
              + city.focalPoint().map(Person::id).orElse(null)
              + " network "
              + networkMember);
    }
    return city;
  }

  /** Replaces the services the designation offers. */
  public SolidarityCity changeServices(long id, Set<SolidarityService> services) {
    SolidarityCity city = existing(id);
    city.changeServices(services);
    audit("changeServices", city, "services " + city.services());
    return city;
  }

  /** Sets the designation's focal point; null removes it. */
  public SolidarityCity setFocalPoint(long id, Person focalPoint) {
    SolidarityCity city = existing(id);
    city.appointFocalPoint(focalPoint);
    audit(
        "setFocalPoint",
        city,
        focalPoint == null ? "no focal point" : "focal point " + focalPoint.id());
    return city;
  }

  public SolidarityCity joinNetwork(long id) {
    SolidarityCity city = existing(id);
    city.joinNetwork();
    audit("joinNetwork", city, null);
    return city;
  }

  public SolidarityCity leaveNetwork(long id) {
    SolidarityCity city = existing(id);
    city.leaveNetwork();
    audit("leaveNetwork", city, null);
    return city;
  }

  /** Ends the designation on {@code day}; the territory can then be designated again. */
  public SolidarityCity end(long id, LocalDate day) {
    SolidarityCity city = existing(id);
    city.end(day, today());
    audit("end", city, "ended on " + day);
    return city;
  }

  /**
   * Saves the editable facts of a designation (institution, services, focal point, network
   * membership) as the person's form had them, unless someone else saved it since {@code
   * versionRead}.
   */
  public SolidarityCity revise(
      long id,
      long versionRead,
      Institution institution,
      Set<SolidarityService> services,
      Person focalPoint,
      boolean networkMember) {
    SolidarityCity city = existing(id);
    ConcurrentChange.check(city, versionRead, RECORD_TYPE, id);
    city.representedBy(institution);
    city.changeServices(services);
    city.appointFocalPoint(focalPoint);
    if (networkMember) {
      city.joinNetwork();
    } else {
      city.leaveNetwork();
    }
    audit(
        "revise",
        city,
        "institution "
            + city.institution().map(Institution::id).orElse(null)
            + " services "
            + city.services()
            + " focal point "
            + city.focalPoint().map(Person::id).orElse(null)
            + " network "
            + networkMember);
    return city;
  }

  /**
   * Ends the designation on {@code day}, unless someone else saved it since {@code versionRead}.
   */
  public SolidarityCity end(long id, long versionRead, LocalDate day) {
    SolidarityCity city = existing(id);
    ConcurrentChange.check(city, versionRead, RECORD_TYPE, id);
    return end(id, day);
  }

  /** How many designations the filter lets through. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(SolidarityCityFilter filter) {
    return cities.count(filter);
  }

  /** One page of the designations the filter lets through, by department then territory. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SolidarityCity> search(SolidarityCityFilter filter, int first, int max) {
    return cities.find(filter, first, max);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SolidarityCity> find(long id) {
    return cities.find(id);
  }

  /** The active designations by department, then territory. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SolidarityCity> active() {
    return cities.active();
  }

  /** Every designation, active or ended, in the department with this INE code. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SolidarityCity> inDepartment(String departmentCode) {
    return cities.inDepartment(departmentCode);
  }

  /** How many designations of each kind are active ("19 municipalities, 2 governorships…"). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<SolidarityCityKind, Long> activeCountByKind() {
    return cities.activeCountByKind();
  }

  private SolidarityCity existing(long id) {
    return cities
        .find(id)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "solidarityCity.notFound", "No Solidarity City with id " + id, id));
  }

  private LocalDate today() {
    return GuatemalaTime.now(clock).toLocalDate();
  }

  private void audit(String action, SolidarityCity city, String detail) {
    auditor.record(action, RECORD_TYPE, city.id(), detail);
  }
}
