package gt.mirps.coordination.web.institution;

import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.institution.InstitutionFilter;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.institution.InstitutionOrder;
import gt.mirps.coordination.institution.InstitutionSearch;
import gt.mirps.coordination.territory.Country;
import gt.mirps.coordination.territory.Territories;
import gt.mirps.coordination.web.shared.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The institutions list: filters typed above the table, pages read from the database. */
@Named
@ViewScoped
public class InstitutionList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InstitutionSearch search;
  @Inject private Territories territories;

  private String text;
  private InstitutionKind kind;
  private String countryCode;
  private String member;

  private final LazyRows<Institution> rows =
      new LazyRows<>(
          () -> search.count(filter()),
          (first, max, field, ascending) ->
              search.find(filter(), order(field), ascending, first, max),
          Institution::id);

  private InstitutionFilter filter() {
    Boolean teamMember = member == null || member.isBlank() ? null : Boolean.valueOf(member);
    return new InstitutionFilter(text, kind, countryCode, teamMember);
  }

  private static InstitutionOrder order(String field) {
    if (field == null) {
      return InstitutionOrder.NAME;
    }
    return switch (field) {
      case "acronym" -> InstitutionOrder.ACRONYM;
      case "kind" -> InstitutionOrder.KIND;
      case "country" -> InstitutionOrder.COUNTRY;
      default -> InstitutionOrder.NAME;
    };
  }

  public LazyRows<Institution> getRows() {
    return rows;
  }

  public InstitutionKind[] getKinds() {
    return InstitutionKind.values();
  }

  public List<Country> getCountries() {
    return territories.mirpsMembers();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public InstitutionKind getKind() {
    return kind;
  }

  public void setKind(InstitutionKind kind) {
    this.kind = kind;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public String getMember() {
    return member;
  }

  public void setMember(String member) {
    this.member = member;
  }
}
