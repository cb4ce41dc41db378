package gt.mirps.coordination.security;

/**
 * What a user account may do. An account holds one or more roles; they are kept by name, so the
 * names are part of the schema (and of the security roles a later identity store hands over).
 */
public enum Role {
  /** A member of the national technical team: sees and records the team's work. */
  TEAM_MEMBER,
  /** Coordinates events, registrations and commitments. */
  COORDINATOR,
  /** Oversees the team's work and publishes what the team communicates. */
  MANAGER,
  /** Manages user accounts and the application's settings. */
  ADMINISTRATOR
}
