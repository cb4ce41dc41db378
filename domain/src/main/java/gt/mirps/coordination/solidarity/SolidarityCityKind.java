package gt.mirps.coordination.solidarity;

import gt.mirps.coordination.territory.TerritoryLevel;

/**
 * What signed the framework agreement with ACNUR: a municipality, a governorship or a department.
 */
public enum SolidarityCityKind {
  MUNICIPALITY(TerritoryLevel.MUNICIPALITY),
  DEPARTMENTAL_GOVERNORSHIP(TerritoryLevel.DEPARTMENT),
  DEPARTMENT(TerritoryLevel.DEPARTMENT);

  private final TerritoryLevel territoryLevel;

  SolidarityCityKind(TerritoryLevel territoryLevel) {
    this.territoryLevel = territoryLevel;
  }

  /** The level of the territory a designation of this kind is for. */
  public TerritoryLevel territoryLevel() {
    return territoryLevel;
  }
}
