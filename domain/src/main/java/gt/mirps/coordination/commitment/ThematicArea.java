package gt.mirps.coordination.commitment;

/** The field a commitment serves. */
public enum ThematicArea {
  PROTECTION,
  EDUCATION,
  HEALTH,
  PSYCHOSOCIAL_SUPPORT,
  EMPLOYMENT,
  SOCIAL_ASSISTANCE,
  DOCUMENTATION,
  LOCAL_INTEGRATION,
  SHELTER,
  LEGAL_AID,
  OTHER
}
