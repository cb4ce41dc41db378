package gt.mirps.coordination.participation;

import gt.mirps.coordination.institution.InstitutionKind;

/**
 * An institution typed in on the participants page, not yet in the directory. Kinds that need a
 * territory (municipalities, governorships, departments) are recorded in the directory instead.
 *
 * @param name required
 * @param acronym or blank; unique in its country
 * @param kind required
 * @param countryCode ISO 3166-1 alpha-2, required
 */
public record NewInstitution(
    String name, String acronym, InstitutionKind kind, String countryCode) {}
