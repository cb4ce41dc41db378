package gt.mirps.coordination.solidarity;

/** A public service a Solidarity City opens to refugees and people on the move. */
public enum SolidarityService {
  EDUCATION,
  HEALTH,
  PSYCHOSOCIAL_SUPPORT,
  SOCIAL_ASSISTANCE,
  EMPLOYMENT,
  LEGAL_AID,
  DOCUMENTATION,
  SHELTER
}
