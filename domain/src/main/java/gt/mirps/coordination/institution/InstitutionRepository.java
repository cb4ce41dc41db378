package gt.mirps.coordination.institution;

import java.util.List;
import java.util.Optional;

/** Where institutions are kept. */
public interface InstitutionRepository {

  Institution add(Institution institution);

  Optional<Institution> find(long id);

  /** The institution of {@code country} with this acronym, ignoring accents and case. */
  Optional<Institution> findByAcronym(String countryCode, String acronym);

  /**
   * Institutions whose name, acronym or an alias is exactly {@code text}, ignoring accents and
   * case.
   */
  List<Institution> findByAnyName(String text);
}
