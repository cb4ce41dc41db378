package gt.mirps.coordination.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.web.report.ChartConfig.Kind;
import gt.mirps.coordination.web.report.ChartConfig.Series;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartConfigTest {

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  @Test
  void aBarChartCarriesItsLabelsAndEverySeries() {
    JsonObject config =
        parse(
            ChartConfig.of(
                Kind.BAR,
                List.of("Ministerio", "Agencia de la ONU"),
                List.of(
                    new Series("Personas inscritas", List.of(12L, 4L)),
                    new Series("Personas que asistieron", List.of(10L, 0L)))));

    assertThat(config.getString("type")).isEqualTo("bar");
    JsonObject data = config.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .containsExactly("Ministerio", "Agencia de la ONU");
    assertThat(data.getJsonArray("datasets")).hasSize(2);
    JsonObject attended = data.getJsonArray("datasets").getJsonObject(1);
    assertThat(attended.getString("label")).isEqualTo("Personas que asistieron");
    assertThat(attended.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(10);
    assertThat(attended.getJsonArray("data").getJsonNumber(1).longValue()).isZero();
    assertThat(attended.getString("backgroundColor"))
        .isNotEqualTo(data.getJsonArray("datasets").getJsonObject(0).getString("backgroundColor"));
    JsonObject options = config.getJsonObject("options");
    assertThat(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("display"))
        .isTrue();
    assertThat(options.getJsonObject("scales").getJsonObject("y").getBoolean("beginAtZero"))
        .isTrue();
  }

  @Test
  void labelsWithQuotesAndAccentsStayValidJson() {
    String label = "Asociación \"La Esperanza\" </script> \\ Petén";
    JsonObject config =
        parse(
            ChartConfig.of(Kind.LINE, List.of(label), List.of(new Series("Eventos", List.of(3L)))));

    assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo(label);
    assertThat(config.getString("type")).isEqualTo("line");
  }

  @Test
  void aDoughnutColoursEachSliceAndShowsItsLegend() {
    JsonObject config =
        parse(
            ChartConfig.of(
                Kind.DOUGHNUT,
                List.of("En planificación", "En curso", "Cumplido"),
                List.of(new Series("Compromisos", List.of(5L, 3L, 1L)))));

    JsonObject dataset = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertThat(dataset.getJsonArray("backgroundColor")).hasSize(3);
    assertThat(config.getJsonObject("options").containsKey("scales")).isFalse();
    assertThat(
            config
                .getJsonObject("options")
                .getJsonObject("plugins")
                .getJsonObject("legend")
                .getBoolean("display"))
        .isTrue();
  }

  @Test
  void aSeriesMustHaveOneValuePerLabel() {
    assertThatThrownBy(
            () ->
                ChartConfig.of(Kind.BAR, List.of("a", "b"), List.of(new Series("x", List.of(1L)))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
