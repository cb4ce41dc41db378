package gt.mirps.coordination.institution;

import gt.mirps.coordination.territory.TerritoryLevel;
import java.util.Optional;

/** What sort of body an institution is. */
public enum InstitutionKind {
  MINISTRY,
  GOVERNMENT_AGENCY,
  MUNICIPALITY(TerritoryLevel.MUNICIPALITY),
  DEPARTMENTAL_GOVERNORSHIP(TerritoryLevel.DEPARTMENT),
  DEPARTMENT(TerritoryLevel.DEPARTMENT),
  UN_AGENCY,
  INTERNATIONAL_ORGANISATION,
  NGO,
  ACADEMIA,
  PRIVATE_SECTOR,
  OTHER;

  private final TerritoryLevel territoryLevel;

  InstitutionKind() {
    this(null);
  }

  InstitutionKind(TerritoryLevel territoryLevel) {
    this.territoryLevel = territoryLevel;
  }

  /** The level of territory an institution of this kind must name; empty if it needs none. */
  public Optional<TerritoryLevel> requiredTerritoryLevel() {
    return Optional.ofNullable(territoryLevel);
  }
}
