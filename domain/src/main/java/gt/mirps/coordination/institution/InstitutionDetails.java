package gt.mirps.coordination.institution;

import java.util.List;

/**
 * What the institution form holds: the values a person typed or chose. Territory and country are
 * given by their codes (INE code, ISO code), the parent by its id; blank or null means none.
 */
public record InstitutionDetails(
    String name,
    String acronym,
    List<String> aliases,
    InstitutionKind kind,
    String countryCode,
    String territoryCode,
    Long parentId,
    boolean nationalTeamMember) {

  public InstitutionDetails {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
