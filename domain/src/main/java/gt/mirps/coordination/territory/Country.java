package gt.mirps.coordination.territory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A country by its ISO 3166-1 alpha-2 code; the seven MIRPS members are flagged. */
@Entity
@Cacheable
@Table(name = "country")
@NamedQuery(name = "Country.findByCode", query = "select c from Country c where c.code = :code")
@NamedQuery(
    name = "Country.mirpsMembers",
    query = "select c from Country c where c.mirpsMember = true order by c.nameEs")
public class Country {

  public static final String GUATEMALA = "GT";

  @Id
  @Column(name = "code", length = 2)
  private String code;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "name_es", nullable = false, length = 120)
  private String nameEs;

  @Column(name = "name_en", nullable = false, length = 120)
  private String nameEn;

  @Column(name = "mirps_member", nullable = false)
  private boolean mirpsMember;

  protected Country() {
    // for JPA
  }

  /** For tests and tools; the real ones come from the migration. */
  public Country(String code, String nameEs, String nameEn, boolean mirpsMember) {
    this.code = code;
    this.nameEs = nameEs;
    this.nameEn = nameEn;
    this.mirpsMember = mirpsMember;
  }

  public String code() {
    return code;
  }

  public String nameEs() {
    return nameEs;
  }

  public String nameEn() {
    return nameEn;
  }

  public boolean mirpsMember() {
    return mirpsMember;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Country that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
