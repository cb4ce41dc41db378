package gt.mirps.coordination.opendata;

import gt.mirps.coordination.solidarity.SolidarityCityKind;
import gt.mirps.coordination.solidarity.SolidarityService;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An active Solidarity City as open data: the territory that signed (the municipality is null for a
 * department or a departmental governorship), when, the institution that signed, the services it
 * offers and whether it belongs to the national network. The focal point is not part of it.
 */
public record PublicSolidarityCity(
    long id,
    SolidarityCityKind kind,
    String municipality,
    String department,
    String ineCode,
    LocalDate signedOn,
    String institution,
    Set<SolidarityService> services,
    boolean networkMember) {

  public PublicSolidarityCity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(signedOn, "signedOn");
    services =
        services.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(services));
  }

  public boolean offers(SolidarityService service) {
    return services.contains(service);
  }
}
