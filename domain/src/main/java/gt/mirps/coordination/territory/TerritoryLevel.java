package gt.mirps.coordination.territory;

/** Guatemala's two levels of territory. */
public enum TerritoryLevel {
  DEPARTMENT,
  MUNICIPALITY
}
