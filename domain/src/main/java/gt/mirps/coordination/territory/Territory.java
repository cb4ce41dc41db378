package gt.mirps.coordination.territory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * A department or municipality of Guatemala with its INE code ("13" Huehuetenango, "1301"
 * Huehuetenango municipality). Reference data, loaded by a migration and never edited by users; the
 * identifier is the INE code as a number, so it is the same in every database.
 */
@Entity
@Cacheable
@Table(name = "territory")
@NamedQuery(name = "Territory.findByCode", query = "select t from Territory t where t.code = :code")
@NamedQuery(
    name = "Territory.departments",
    query =
        "select t from Territory t where t.level = gt.mirps.coordination.territory.TerritoryLevel.DEPARTMENT order by t.code")
@NamedQuery(
    name = "Territory.municipalitiesOf",
    query = "select t from Territory t where t.department.code = :department order by t.code")
public class Territory {

  @Id
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "code", nullable = false, unique = true, length = 4)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 20)
  private TerritoryLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "department_id")
  private Territory department;

  protected Territory() {
    // for JPA
  }

  /** A department; for tests and tools, since the real ones come from the migration. */
  public static Territory department(String code, String name) {
    Territory department = new Territory();
    department.id = Long.valueOf(code);
    department.code = code;
    department.name = name;
    department.level = TerritoryLevel.DEPARTMENT;
    return department;
  }

  /** A municipality of {@code department}; for tests and tools. */
  public static Territory municipality(String code, String name, Territory department) {
    Territory municipality = department(code, name);
    municipality.level = TerritoryLevel.MUNICIPALITY;
    municipality.department = department;
    return municipality;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public TerritoryLevel level() {
    return level;
  }

  public boolean isDepartment() {
    return level == TerritoryLevel.DEPARTMENT;
  }

  public boolean isMunicipality() {
    return level == TerritoryLevel.MUNICIPALITY;
  }

  /** The department a municipality belongs to; empty for a department. */
  public Optional<Territory> department() {
    return Optional.ofNullable(department);
  }

  /** "Flores, Petén" for a municipality, "Petén" for a department. */
  public String fullName() {
    return department == null ? name : name + ", " + department.name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Territory that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
