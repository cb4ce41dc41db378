package gt.mirps.coordination.solidarity;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.person.Person;
import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.territory.Territory;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The designation of a territory as "Ciudad Solidaria": a municipality, a departmental governorship
 * or a department that signed the framework agreement with ACNUR, the services it opens to refugees
 * and people on the move, its focal point and whether it belongs to the national network.
 *
 * <p>A designation is active until it ends; an ended designation is history and cannot be changed.
 * A territory has at most one active designation: the register checks it, and the database keeps it
 * with a unique {@code active_territory_id}, which equals the territory while active and is null
 * once ended.
 */
@Entity
@Table(name = "solidarity_city")
@NamedQuery(
    name = "SolidarityCity.activeFor",
    query = "select s from SolidarityCity s where s.activeTerritoryId = :territory")
@NamedQuery(
    name = "SolidarityCity.active",
    query =
        "select s from SolidarityCity s join fetch s.territory t left join fetch t.department d"
            + " left join fetch s.institution left join fetch s.focalPoint"
            + " where s.endedOn is null order by coalesce(d.code, t.code), t.code")
@NamedQuery(
    name = "SolidarityCity.inDepartment",
    query =
        "select s from SolidarityCity s join fetch s.territory t left join fetch t.department d"
            + " left join fetch s.institution left join fetch s.focalPoint"
            + " where t.code = :department or d.code = :department"
            + " order by t.code, s.signedOn, s.id")
@NamedQuery(
    name = "SolidarityCity.activeCountByKind",
    query = "select s.kind, count(s) from SolidarityCity s where s.endedOn is null group by s.kind")
public class SolidarityCity extends AuditedEntity {

  @Id
  @SequenceGenerator(
      name = "solidarity_city_seq",
      sequenceName = "solidarity_city_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "solidarity_city_seq")
  private Long id;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private SolidarityCityKind kind;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "territory_id", nullable = false, updatable = false)
  private Territory territory;

  /** The territory's id while the designation is active, null once it ended; unique. */
  @Column(name = "active_territory_id")
  private Long activeTerritoryId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "institution_id")
  private Institution institution;

  @NotNull
  @Column(name = "signed_on", nullable = false, updatable = false)
  private LocalDate signedOn;

  @ElementCollection
  @CollectionTable(
      name = "solidarity_city_service",
      joinColumns = @JoinColumn(name = "solidarity_city_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "service", nullable = false, length = 30)
  private Set<SolidarityService> services = new LinkedHashSet<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "focal_point_id")
  private Person focalPoint;

  @Column(name = "national_network_member", nullable = false)
  private boolean nationalNetworkMember;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  protected SolidarityCity() {
    // for JPA
  }

  /**
   * Designates {@code territory} as a Solidarity City of {@code kind} from the framework agreement
   * signed on {@code signedOn}, which cannot be later than {@code today} (in Guatemala). A
   * municipality needs a municipality; a governorship or a department needs a department.
   */
  public SolidarityCity(
      SolidarityCityKind kind, Territory territory, LocalDate signedOn, LocalDate today) {
    if (kind == null) {
      throw new RuleViolation("solidarityCity.kind.required", "A Solidarity City needs a kind");
    }
    if (territory == null) {
      throw new RuleViolation(
          "solidarityCity.territory.required", "A Solidarity City needs a territory");
    }
    if (territory.level() != kind.territoryLevel()) {
      throw new RuleViolation(
          "solidarityCity.territory.wrongLevel",
          kind + " needs a " + kind.territoryLevel() + ", not " + territory,
          kind,
          kind.territoryLevel());
    }
    if (signedOn == null) {
      throw new RuleViolation(
          "solidarityCity.signedOn.required", "A Solidarity City needs its signing date");
    }
    if (signedOn.isAfter(Objects.requireNonNull(today, "today"))) {
      throw new RuleViolation(
          "solidarityCity.signedOn.inFuture",
          "Signing date " + signedOn + " is after today " + today,
          signedOn);
    }
    this.kind = kind;
    this.territory = territory;
    this.activeTerritoryId = territory.id();
    this.signedOn = signedOn;
  }

  /**
   * Names the institution that signed (the municipality, the governorship); it must be of this
   * territory. Null removes it.
   */
  public void representedBy(Institution newInstitution) {
    requireActive();
    if (newInstitution != null
        && !newInstitution.territory().map(territory::equals).orElse(false)) {
      throw new RuleViolation(
          "solidarityCity.institution.otherTerritory",
          newInstitution + " is not of " + territory,
          territory.fullName());
    }
    this.institution = newInstitution;
  }

  /** Replaces the services offered; an empty set means none recorded yet. */
  public void changeServices(Set<SolidarityService> newServices) {
    Set<SolidarityService> wanted = EnumSet.noneOf(SolidarityService.class);
    wanted.addAll(Objects.requireNonNull(newServices, "services"));
    requireActive();
    services.retainAll(wanted);
    services.addAll(wanted);
  }

  /** Sets the person to contact about the designation; null removes them. */
  public void appointFocalPoint(Person newFocalPoint) {
    requireActive();
    this.focalPoint = newFocalPoint;
  }

  /** Records that the designation joined the national network of Solidarity Cities. */
  public void joinNetwork() {
    requireActive();
    this.nationalNetworkMember = true;
  }

  /** Records that the designation left the national network of Solidarity Cities. */
  public void leaveNetwork() {
    requireActive();
    this.nationalNetworkMember = false;
  }

  /**
   * Ends the designation on {@code day}, which cannot be before the signing date nor after {@code
   * today} (in Guatemala). The territory can then be designated again.
   */
  public void end(LocalDate day, LocalDate today) {
    if (endedOn != null) {
      throw new RuleViolation(
          "solidarityCity.end.alreadyEnded",
          "The designation of " + territory + " already ended on " + endedOn,
          endedOn);
    }
    if (day == null) {
      throw new RuleViolation("solidarityCity.endedOn.required", "Ending needs a date");
    }
    if (day.isBefore(signedOn)) {
      throw new RuleViolation(
          "solidarityCity.endedOn.beforeSigning",
          "End " + day + " is before the signing date " + signedOn,
          signedOn);
    }
    if (day.isAfter(Objects.requireNonNull(today, "today"))) {
      throw new RuleViolation(
          "solidarityCity.endedOn.inFuture", "End " + day + " is after today " + today, day);
    }
    this.endedOn = day;
    this.activeTerritoryId = null;
  }

  private void requireActive() {
    if (endedOn != null) {
      throw new RuleViolation(
          "solidarityCity.ended",
          "The designation of " + territory + " ended on " + endedOn + " and cannot be changed",
          endedOn);
    }
  }

  public Long id() {
    return id;
  }

  public SolidarityCityKind kind() {
    return kind;
  }

  public Territory territory() {
    return territory;
  }

  /** The department the designation is in: the territory itself or the municipality's. */
  public Territory department() {
    return territory.department().orElse(territory);
  }

  public Optional<Institution> institution() {
    return Optional.ofNullable(institution);
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  /** The services offered, in the order of {@link SolidarityService}. */
  public Set<SolidarityService> services() {
    Set<SolidarityService> offered = EnumSet.noneOf(SolidarityService.class);
    offered.addAll(services);
    return Collections.unmodifiableSet(offered);
  }

  public Optional<Person> focalPoint() {
    return Optional.ofNullable(focalPoint);
  }

  public boolean nationalNetworkMember() {
    return nationalNetworkMember;
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }

  public boolean isActive() {
    return endedOn == null;
  }

  /**
   * A territory can be designated more than once over time, so identity is the database identifier
   * once assigned; two unsaved designations are never equal.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof SolidarityCity that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return SolidarityCity.class.hashCode();
  }

  @Override
  public String toString() {
    return "SolidarityCity[" + id + ", " + kind + " " + territory + "]";
  }
}
