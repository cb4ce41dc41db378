package gt.mirps.coordination.participation;

/** The fields a row of a participant list can fill; only the name is required. */
public enum ImportField {
  NAME,
  HONORIFIC,
  POSITION,
  INSTITUTION,
  EMAIL,
  PHONE,
  ROLE
}
