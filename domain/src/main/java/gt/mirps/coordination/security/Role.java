package gt.mirps.coordination.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

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
  ADMINISTRATOR;

  /**
   * The roles this one includes: a manager may do all a team member may, and a team member all a
   * coordinator may. An administrator manages accounts only; an account that also works on events
   * holds a second role.
   */
  public Set<Role> includes() {
    return switch (this) {
      case COORDINATOR -> EnumSet.of(COORDINATOR);
      case TEAM_MEMBER -> EnumSet.of(TEAM_MEMBER, COORDINATOR);
      case MANAGER -> EnumSet.of(MANAGER, TEAM_MEMBER, COORDINATOR);
      case ADMINISTRATOR -> EnumSet.of(ADMINISTRATOR);
    };
  }

  /** Every role held through {@code roles}, directly or included. */
  public static Set<Role> effective(Collection<Role> roles) {
    Set<Role> all = EnumSet.noneOf(Role.class);
    roles.forEach(role -> all.addAll(role.includes()));
    return all;
  }
}
