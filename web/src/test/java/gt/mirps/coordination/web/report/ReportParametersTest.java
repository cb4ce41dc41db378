package gt.mirps.coordination.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.commitment.CommitmentStatus;
import gt.mirps.coordination.institution.InstitutionKind;
import gt.mirps.coordination.participation.AttendanceState;
import gt.mirps.coordination.report.ParticipationGrouping;
import gt.mirps.coordination.report.ParticipationReportFilter;
import gt.mirps.coordination.web.i18n.Messages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportParametersTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");

  private static ReportParameters of(Map<String, String> values) {
    return new ReportParameters(values::get, Messages.bundle(SPANISH), SPANISH);
  }

  @Test
  void readsThePeriodTheGroupingAndTheChoices() throws ReportParameters.Refused {
    ReportParameters parameters =
        of(
            Map.of(
                "desde", "2024-09-01",
                "hasta", "2024-09-30",
                "agrupar", "ninguno",
                "tipoInstitucion", "un_agency",
                "pais", "gt",
                "asistencia", "ATTENDED"));
    ParticipationReportFilter filter = parameters.participation();
    assertThat(filter.from()).isEqualTo(LocalDate.of(2024, 9, 1));
    assertThat(filter.to()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(filter.institutionKind()).isEqualTo(InstitutionKind.UN_AGENCY);
    assertThat(filter.countryCode()).isEqualTo("GT");
    assertThat(filter.state()).isEqualTo(AttendanceState.ATTENDED);
    assertThat(parameters.grouping()).isEqualTo(ParticipationGrouping.NONE);
    assertThat(of(Map.of()).grouping()).isEqualTo(ParticipationGrouping.INSTITUTION);
    assertThat(of(Map.of("estado", "fulfilled", "vencidos", "true")).commitments())
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo(CommitmentStatus.FULFILLED);
              assertThat(f.overdueOnly()).isTrue();
            });
  }

  @Test
  void refusesWrongValuesWithASpanishSentence() {
    assertThatThrownBy(() -> of(Map.of("desde", "25/09/2024")).participation())
        .hasMessage(
            "El parámetro «desde» debe ser una fecha con el formato AAAA-MM-DD; se recibió"
                + " «25/09/2024».");
    assertThatThrownBy(() -> of(Map.of("agrupar", "persona")).grouping())
        .hasMessageContaining("El parámetro «agrupar» no admite el valor «persona»")
        .hasMessageContaining("institucion");
    assertThatThrownBy(
            () -> of(Map.of("desde", "2024-09-30", "hasta", "2024-09-01")).participation())
        .hasMessage("La fecha «hasta» es anterior a la fecha «desde».");
    assertThatThrownBy(() -> of(Map.of("vencidos", "quizá")).commitments())
        .hasMessageContaining("«vencidos»");
    assertThatThrownBy(() -> of(Map.of("pais", "Guatemala")).participation())
        .hasMessageContaining("dos letras");
  }
}
