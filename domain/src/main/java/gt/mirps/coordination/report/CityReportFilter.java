package gt.mirps.coordination.report;

import gt.mirps.coordination.shared.RuleViolation;
import gt.mirps.coordination.solidarity.SolidarityService;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the Solidarity Cities report shows: the designations of one department (INE code, or null
 * for all), offering one service (or null for any), signed from {@code signedFrom} to {@code
 * signedTo} (either null for no bound). Active and ended designations are both shown.
 */
public record CityReportFilter(
    String departmentCode, SolidarityService service, LocalDate signedFrom, LocalDate signedTo)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Checks the period: its end cannot be before its start. */
  public CityReportFilter {
    if (signedFrom != null && signedTo != null && signedTo.isBefore(signedFrom)) {
      throw new RuleViolation(
          "cityReport.period.reversed",
          "Period ends " + signedTo + " before it starts " + signedFrom,
          signedFrom);
    }
    if (departmentCode != null && departmentCode.isBlank()) {
      departmentCode = null;
    }
  }

  /** Every designation. */
  public static CityReportFilter all() {
    return new CityReportFilter(null, null, null, null);
  }
}
