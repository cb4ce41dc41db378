package gt.mirps.coordination.solidarity;

/**
 * What the register's table shows: the designations of one department (INE code, or null for all),
 * active or ended (null for both), in the national network or not (null for both) and offering a
 * service (null for any).
 */
public record SolidarityCityFilter(
    String departmentCode, Boolean active, Boolean networkMember, SolidarityService service) {

  /** Any service. */
  public SolidarityCityFilter(String departmentCode, Boolean active, Boolean networkMember) {
    this(departmentCode, active, networkMember, null);
  }

  /** Every designation. */
  public static SolidarityCityFilter all() {
    return new SolidarityCityFilter(null, null, null);
  }

  /** Whether {@code city} is one the filter lets through. */
  public boolean matches(SolidarityCity city) {
    return (departmentCode == null || city.department().code().equals(departmentCode))
        && (active == null || city.isActive() == active)
        && (networkMember == null || city.nationalNetworkMember() == networkMember)
        && (service == null || city.services().contains(service));
  }
}
