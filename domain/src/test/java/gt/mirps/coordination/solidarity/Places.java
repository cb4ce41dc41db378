package gt.mirps.coordination.solidarity;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territory;

/** Territories and institutions of the II Conferencia Nacional de Ciudades Solidarias. */
final class Places {

  static final Country GUATEMALA_COUNTRY = new Country("GT", "Guatemala", "Guatemala", true);
  static final Territory HUEHUETENANGO = Territory.department("13", "Huehuetenango");
  static final Territory HUEHUETENANGO_CITY =
      Territory.municipality("1301", "Huehuetenango", HUEHUETENANGO);
  static final Territory PETEN = Territory.department("17", "Petén");
  static final Territory FLORES = Territory.municipality("1701", "Flores", PETEN);
  static final Territory SAN_BENITO = Territory.municipality("1703", "San Benito", PETEN);

  private Places() {}

  static Institution municipalityOf(Territory municipality) {
    return new Institution(
        "Municipalidad de " + municipality.name(),
        InstitutionKind.MUNICIPALITY,
        GUATEMALA_COUNTRY,
        municipality);
  }

  static Institution governorshipOf(Territory department) {
    return new Institution(
        "Gobernación Departamental de " + department.name(),
        InstitutionKind.DEPARTMENTAL_GOVERNORSHIP,
        GUATEMALA_COUNTRY,
        department);
  }
}
