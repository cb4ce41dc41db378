package gt.mirps.coordination.web.solidarity;

import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityFilter;
import gt.mirps.coordination.solidarity.SolidarityCityRegister;
import gt.mirps.coordination.solidarity.SolidarityService;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.territory.Territory;
import gt.mirps.coordination.web.shared.LazyRows;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The register of Solidarity Cities: filters above the table, pages read from the database, the
 * services of each designation as a row of ticks.
 */
@Named
@ViewScoped
public class SolidarityCityList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SolidarityCityRegister register;
  @Inject private transient Territories territories;

  private String departmentCode;
  private String state = "true";
  private String network;

  private final LazyRows<SolidarityCity> rows =
      new LazyRows<>(
          () -> register.count(filter()),
          (first, max, field, ascending) -> register.search(filter(), first, max),
          SolidarityCity::id);

  private SolidarityCityFilter filter() {
    return new SolidarityCityFilter(
        departmentCode == null || departmentCode.isBlank() ? null : departmentCode,
        choice(state),
        choice(network));
  }

  private static Boolean choice(String value) {
    return value == null || value.isBlank() ? null : Boolean.valueOf(value);
  }

  public LazyRows<SolidarityCity> getRows() {
    return rows;
  }

  public SolidarityService[] getServices() {
    return SolidarityService.values();
  }

  public List<Territory> getDepartments() {
    return territories.departments();
  }

  /** A day in the view's language, short enough for the table ("10 may 2023"). */
  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(day);
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public void setDepartmentCode(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getNetwork() {
    return network;
  }

  public void setNetwork(String network) {
    this.network = network;
  }
}
