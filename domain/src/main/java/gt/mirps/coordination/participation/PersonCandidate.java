package gt.mirps.coordination.participation;

/**
 * A person one might register, as the autocomplete shows them: with their current institution and
 * position, if they have one.
 *
 * @param id the person's id
 * @param fullName their name
 * @param honorific "Licda.", "Sr." or null
 * @param institutionId the id of their current institution, or null
 * @param institution the name of their current institution, or null
 * @param position their current position, or null
 */
public record PersonCandidate(
    long id,
    String fullName,
    String honorific,
    Long institutionId,
    String institution,
    String position) {}
