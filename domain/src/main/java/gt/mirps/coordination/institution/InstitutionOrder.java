package gt.mirps.coordination.institution;

/** The columns an institution list can be sorted by. */
public enum InstitutionOrder {
  NAME,
  ACRONYM,
  KIND,
  COUNTRY
}
