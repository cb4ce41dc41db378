package gt.mirps.coordination.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.report.DashboardFigures;
import gt.mirps.coordination.report.DashboardPeriod;
import gt.mirps.coordination.report.GroupCount;
import gt.mirps.coordination.report.GroupHeads;
import gt.mirps.coordination.web.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-GT");
  private static final DashboardPeriod SEPTEMBER =
      new DashboardPeriod(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30));

  private static final DashboardFigures FIGURES =
      new DashboardFigures(
          SEPTEMBER,
          List.of(new GroupHeads("MINISTRY", null, 2, 2), new GroupHeads(null, null, 1, 0)),
          List.of(new GroupHeads("GT", "Guatemala", 3, 2)),
          List.of(new GroupCount("2024-09", null, 4)),
          List.of(new GroupCount("IN_PROGRESS", null, 1)),
          List.of(new GroupCount("PROTECTION", null, 1)),
          1,
          List.of(new GroupCount("13", "Huehuetenango", 2)),
          List.of(new GroupCount("HEALTH", null, 2)));

  private static List<Figure> charts(Locale locale, DashboardPeriod period) {
    return new DashboardCharts(Messages.bundle(locale), locale, period).of(FIGURES);
  }

  private static Figure figure(List<Figure> figures, String id) {
    return figures.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  @Test
  void participationByKindIsLabelledInSpanishWithItsTable() {
    Figure byKind = figure(charts(SPANISH, SEPTEMBER), "by-kind");

    assertThat(byKind.title()).isEqualTo("Participación por tipo de institución");
    assertThat(byKind.valueHeaders())
        .containsExactly("Personas inscritas", "Personas que asistieron");
    assertThat(byKind.rows())
        .extracting(Figure.Row::label, Figure.Row::values)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("Ministerio", List.of(2L, 2L)),
            org.assertj.core.api.Assertions.tuple("Sin institución", List.of(1L, 0L)));
    JsonObject config = json(byKind.config());
    assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0))
        .isEqualTo("Ministerio");
    assertThat(byKind.ariaLabel())
        .isEqualTo(
            "Gráfico de barras: Participación por tipo de institución, del 1 de septiembre de 2024"
                + " al 30 de septiembre de 2024");
    assertThat(byKind.report())
        .isEqualTo(
            "/equipo/informes/participacion.xhtml?desde=2024-09-01&hasta=2024-09-30&agrupar=tipo");
  }

  @Test
  void eachChartLinksToItsReportWithThePeriod() {
    List<Figure> figures = charts(SPANISH, SEPTEMBER);

    assertThat(figure(figures, "by-country").report()).endsWith("&agrupar=pais");
    assertThat(figure(figures, "events-by-month").report()).isEqualTo("/equipo/eventos/");
    Figure byStatus = figure(figures, "commitments-by-status");
    assertThat(byStatus.rows().get(0).label()).isEqualTo("En curso");
    assertThat(byStatus.rows().get(0).link())
        .isEqualTo(
            "/equipo/informes/compromisos.xhtml?desde=2024-09-01&hasta=2024-09-30&estado=IN_PROGRESS");
    assertThat(json(byStatus.config()).getString("type")).isEqualTo("doughnut");
    Figure cities = figure(figures, "cities-by-department");
    assertThat(cities.rows().get(0).label()).isEqualTo("Huehuetenango");
    assertThat(cities.rows().get(0).link())
        .isEqualTo(
            "/equipo/informes/ciudades.xhtml?desde=2024-09-01&hasta=2024-09-30&departamento=13");
    assertThat(figure(figures, "city-services").rows().get(0).label()).isEqualTo("Salud");
    assertThat(figure(figures, "commitments-by-area").rows().get(0).label())
        .isEqualTo("Protección");
    assertThat(DashboardLinks.overdue(SEPTEMBER))
        .isEqualTo(
            "/equipo/informes/compromisos.xhtml?desde=2024-09-01&hasta=2024-09-30&vencidos=true");
  }

  @Test
  void theWholeRecordLeavesTheDatesOutOfTheLinks() {
    List<Figure> figures = charts(SPANISH, DashboardPeriod.all());

    assertThat(figure(figures, "by-kind").report())
        .isEqualTo("/equipo/informes/participacion.xhtml?agrupar=tipo");
    assertThat(figure(figures, "by-kind").ariaLabel()).endsWith(", todo lo registrado");
    assertThat(DashboardLinks.cities(DashboardPeriod.all(), null))
        .isEqualTo("/equipo/informes/ciudades.xhtml");
    assertThat(DashboardLinks.commitments(DashboardPeriod.all(), null))
        .isEqualTo("/equipo/informes/compromisos.xhtml");
  }

  @Test
  void inEnglishTheLabelsAndCountriesAreEnglish() {
    List<Figure> figures = charts(Locale.ENGLISH, SEPTEMBER);

    assertThat(figure(figures, "by-kind").rows().get(0).label()).isEqualTo("Ministry");
    assertThat(figure(figures, "by-country").title()).isEqualTo("Participation by country");
    assertThat(figure(figures, "events-by-month").rows().get(0).label())
        .isEqualTo("September 2024");
  }

  @Test
  void theQuickChoicesNameTheirPeriods() {
    LocalDate today = LocalDate.of(2026, 11, 26);

    assertThat(DashboardLinks.period("anio", null, null, today))
        .isEqualTo(new DashboardPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(DashboardLinks.period("12meses", null, null, today))
        .isEqualTo(new DashboardPeriod(LocalDate.of(2025, 11, 27), today));
    assertThat(DashboardLinks.period(null, null, null, today))
        .isEqualTo(new DashboardPeriod(LocalDate.of(2025, 11, 27), today));
    assertThat(DashboardLinks.period("todo", null, null, today)).isEqualTo(DashboardPeriod.all());
    assertThat(DashboardLinks.period(null, LocalDate.of(2024, 9, 25), null, today))
        .isEqualTo(new DashboardPeriod(LocalDate.of(2024, 9, 25), null));
  }
}
