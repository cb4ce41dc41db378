package gt.mirps.coordination.web.solidarity;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentFilter;
import gt.mirps.coordination.commitment.CommitmentRegister;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.participation.Participation;
import gt.mirps.coordination.participation.ParticipationHistory;
import gt.mirps.coordination.solidarity.SolidarityCity;
import gt.mirps.coordination.solidarity.SolidarityCityRegister;
import gt.mirps.coordination.web.i18n.DateRanges;
import gt.mirps.coordination.web.shared.LazyRows;
import gt.mirps.coordination.web.shared.Notices;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One Solidarity City: its facts, the events its institution took part in and the commitments its
 * institution submitted or co-sponsors (each list paged in the database).
 */
@Named
@ViewScoped
public class SolidarityCityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient SolidarityCityRegister register;
  @Inject private transient ParticipationHistory history;
  @Inject private transient CommitmentRegister commitments;

  private Long id;
  private Long institutionId;
  private transient SolidarityCity city;

  private final LazyRows<Participation> participations =
      new LazyRows<>(
          () -> institutionId == null ? 0 : history.countOfInstitution(institutionId),
          (first, max, field, ascending) ->
              institutionId == null ? List.of() : history.ofInstitution(institutionId, first, max),
          Participation::id);

  private final LazyRows<Commitment> submitted =
      new LazyRows<>(
          () ->
              institutionId == null
                  ? 0
                  : commitments.count(CommitmentFilter.all().withSubmitter(institutionId)),
          (first, max, field, ascending) ->
              institutionId == null
                  ? List.of()
                  : commitments.page(
                      CommitmentFilter.all().withSubmitter(institutionId), first, max),
          Commitment::id);

  private final LazyRows<Commitment> cosponsored =
      new LazyRows<>(
          () ->
              institutionId == null
                  ? 0
                  : commitments.count(CommitmentFilter.all().withCosponsor(institutionId)),
          (first, max, field, ascending) ->
              institutionId == null
                  ? List.of()
                  : commitments.page(
                      CommitmentFilter.all().withCosponsor(institutionId), first, max),
          Commitment::id);

  /** Reads the designation named in the address; an unknown one is "not found". */
  public void load() throws IOException {
    SolidarityCity found = id == null ? null : register.find(id).orElse(null);
    if (found == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    city = found;
    institutionId = found.institution().map(Institution::id).orElse(null);
  }

  public SolidarityCity getCity() {
    if (city == null && id != null) {
      city = register.find(id).orElse(null);
    }
    return city;
  }

  /** The services the city offers, named in the view's language and separated by commas. */
  public String serviceNames(SolidarityCity shown) {
    return String.join(
        ", ",
        shown.services().stream()
            .map(s -> Notices.text("solidarityCity.service." + s.name()))
            .toList());
  }

  public String day(LocalDate day) {
    return day == null ? "" : DateRanges.format(day, locale());
  }

  public String days(Participation participation) {
    return DateRanges.format(
        participation.event().firstDay(), participation.event().lastDay(), locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public LazyRows<Participation> getParticipations() {
    return participations;
  }

  public LazyRows<Commitment> getSubmitted() {
    return submitted;
  }

  public LazyRows<Commitment> getCosponsored() {
    return cosponsored;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
