package gt.mirps.coordination.institution;

/**
 * Which institutions a list shows: {@code text} matches a part of the name, acronym or an alias
 * (accents and case aside); the other criteria are exact; null means any.
 */
public record InstitutionFilter(
    String text, InstitutionKind kind, String countryCode, Boolean nationalTeamMember) {

  public static InstitutionFilter all() {
    return new InstitutionFilter(null, null, null, null);
  }

  public static InstitutionFilter text(String text) {
    return new InstitutionFilter(text, null, null, null);
  }
}
