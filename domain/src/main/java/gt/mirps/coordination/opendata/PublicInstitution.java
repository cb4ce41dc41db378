package gt.mirps.coordination.opendata;

import gt.mirps.coordination.institution.InstitutionKind;
import java.util.Objects;

/**
 * An institution as open data: name, acronym, kind, country (ISO code and Spanish name) and, in
 * Guatemala, its department and municipality (null where not known).
 */
public record PublicInstitution(
    long id,
    String name,
    String acronym,
    InstitutionKind kind,
    String countryCode,
    String country,
    String department,
    String municipality) {

  public PublicInstitution {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
