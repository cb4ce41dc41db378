package gt.mirps.coordination.institution;

import gt.mirps.coordination.shared.AuditedEntity;
import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.shared.Text;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.territory.TerritoryLevel;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ministry, municipality, agency or organisation that takes part in events and makes commitments.
 * It can be found by its name, its acronym or any of its aliases ("ACNUR", "Alto Comisionado de las
 * Naciones Unidas para los Refugiados", "Agencia de la ONU para los Refugiados" are one
 * institution).
 */
@Entity
@Table(name = "institution")
@NamedQuery(
    name = "Institution.findByAcronym",
    query =
        "select i from Institution i where i.country.code = :country and i.acronymKey = :acronym")
@NamedQuery(
    name = "Institution.findByAnyName",
    query =
        "select distinct i from Institution i left join i.aliases a"
            + " where i.nameKey = :key or i.acronymKey = :key or a.searchKey = :key")
public class Institution extends AuditedEntity {

  public static final int NAME_MAX = 300;
  public static final int ACRONYM_MAX = 30;

  @Id
  @SequenceGenerator(
      name = "institution_seq",
      sequenceName = "institution_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_seq")
  private Long id;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "name_key", nullable = false, length = NAME_MAX)
  private String nameKey;

  @Column(name = "acronym", length = ACRONYM_MAX)
  private String acronym;

  @Column(name = "acronym_key", length = ACRONYM_MAX)
  private String acronymKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private InstitutionKind kind;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_code", nullable = false)
  private Country country;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "territory_id")
  private Territory territory;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Institution parent;

  @Column(name = "national_team_member", nullable = false)
  private boolean nationalTeamMember;

  @ElementCollection
  @CollectionTable(name = "institution_alias", joinColumns = @JoinColumn(name = "institution_id"))
  private Set<Alias> aliases = new LinkedHashSet<>();

  protected Institution() {
    // for JPA
  }

  public Institution(String name, InstitutionKind kind, Country country, Territory territory) {
    rename(name);
    this.country = Objects.requireNonNull(country, "country");
    classify(kind, territory);
  }

  public void rename(String newName) {
    this.name = Text.required(newName, NAME_MAX, "institution.name");
    this.nameKey = Text.searchKey(name);
  }

  /** Sets the acronym ("MINEX"); blank removes it. Unique within a country (checked on save). */
  public void abbreviate(String newAcronym) {
    this.acronym = Text.optional(newAcronym, ACRONYM_MAX, "institution.acronym");
    this.acronymKey = acronym == null ? null : Text.searchKey(acronym);
  }

  /**
   * Sets the kind and territory together: municipalities need a municipality, departmental
   * governorships and departments need a department; other kinds may name a territory or not.
   */
  public void classify(InstitutionKind newKind, Territory newTerritory) {
    Objects.requireNonNull(newKind, "kind");
    Optional<TerritoryLevel> required = newKind.requiredTerritoryLevel();
    if (required.isPresent()) {
      if (newTerritory == null) {
        throw new RuleViolation(
            "institution.territory.required", newKind + " needs a territory", newKind);
      }
      if (newTerritory.level() != required.get()) {
        throw new RuleViolation(
            "institution.territory.wrongLevel",
            newKind + " needs a " + required.get() + ", not " + newTerritory,
            newKind,
            required.get());
      }
    }
    this.kind = newKind;
    this.territory = newTerritory;
  }

  /** Places the institution under another; an institution cannot be its own ancestor. */
  public void placeUnder(Institution newParent) {
    for (Institution ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
      if (ancestor == this || (id != null && id.equals(ancestor.id))) {
        throw new RuleViolation(
            "institution.parent.cycle", "An institution cannot be placed under itself");
      }
    }
    this.parent = newParent;
  }

  /** Moves the institution to another country (the acronym must be free there; checked on save). */
  public void moveTo(Country newCountry) {
    this.country = Objects.requireNonNull(newCountry, "country");
  }

  public void joinNationalTeam(boolean member) {
    this.nationalTeamMember = member;
  }

  /** Adds another name the institution is known by; the same alias twice is kept once. */
  public void addAlias(String alias) {
    Alias added = new Alias(alias);
    if (!isKnownAs(added.text())) {
      aliases.add(added);
    }
  }

  /** Forgets an alias, ignoring accents and case; an unknown alias changes nothing. */
  public void removeAlias(String alias) {
    String key = Text.searchKey(alias);
    aliases.removeIf(a -> a.searchKey().equals(key));
  }

  /**
   * Takes over another record of the same institution (a merge): its names become aliases here.
   * Moving its participations and commitments is the merging service's job.
   */
  public void absorbNamesOf(Institution duplicate) {
    if (duplicate == this) {
      throw new RuleViolation("institution.merge.self", "An institution cannot absorb itself");
    }
    addAlias(duplicate.name);
    if (duplicate.acronym != null) {
      if (acronym == null) {
        abbreviate(duplicate.acronym);
      } else {
        addAlias(duplicate.acronym);
      }
    }
    duplicate.aliases.forEach(a -> addAlias(a.text()));
  }

  /**
   * True if {@code text} is this institution's name, acronym or an alias, ignoring accents and
   * case.
   */
  public boolean isKnownAs(String text) {
    String key = Text.searchKey(text);
    return key.equals(nameKey)
        || key.equals(acronymKey)
        || aliases.stream().anyMatch(a -> a.searchKey().equals(key));
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<String> acronym() {
    return Optional.ofNullable(acronym);
  }

  /** "Ministerio de Relaciones Exteriores (MINEX)". */
  public String displayName() {
    return acronym == null ? name : name + " (" + acronym + ")";
  }

  public InstitutionKind kind() {
    return kind;
  }

  public Country country() {
    return country;
  }

  public Optional<Territory> territory() {
    return Optional.ofNullable(territory);
  }

  public Optional<Institution> parent() {
    return Optional.ofNullable(parent);
  }

  public boolean nationalTeamMember() {
    return nationalTeamMember;
  }

  public List<String> aliases() {
    return aliases.stream().map(Alias::text).toList();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Institution that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Institution.class.hashCode();
  }

  @Override
  public String toString() {
    return "Institution[" + id + ", " + displayName() + "]";
  }
}
