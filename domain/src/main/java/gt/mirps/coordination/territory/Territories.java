package gt.mirps.coordination.territory;

import java.util.List;
import java.util.Optional;

/** Guatemala's territories and the world's countries, as reference data. */
public interface Territories {

  Optional<Territory> territory(String ineCode);

  List<Territory> departments();

  List<Territory> municipalitiesOf(String departmentCode);

  Optional<Country> country(String isoCode);

  List<Country> mirpsMembers();
}
