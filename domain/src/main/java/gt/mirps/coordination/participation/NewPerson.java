package gt.mirps.coordination.participation;

/**
 * A person typed in on the participants page, not yet in the directory.
 *
 * @param fullName required
 * @param honorific "Licda.", "Sr.", or blank
 * @param position their position at their institution, or blank
 * @param email or blank
 */
public record NewPerson(String fullName, String honorific, String position, String email) {}
