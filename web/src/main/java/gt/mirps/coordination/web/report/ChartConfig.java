package gt.mirps.coordination.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Objects;

/**
 * The Chart.js configuration PrimeFaces' {@code <p:chart>} takes as its value: a chart type, the
 * category labels and one or more series of whole numbers, as a JSON string built with JSON-P (so
 * labels are always escaped, whatever they hold).
 */
public final class ChartConfig {

  /** The kinds of chart the dashboard draws. */
  public enum Kind {
    BAR("bar"),
    LINE("line"),
    DOUGHNUT("doughnut");

    private final String chartJs;

    Kind(String chartJs) {
      this.chartJs = chartJs;
    }

    public String chartJs() {
      return chartJs;
    }
  }

  /** One series of values, one per label, under its own name and colour. */
  public record Series(String name, List<Long> values) {
    public Series {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
    }
  }

  /** Colours that stay apart for most colour-blind readers (Okabe and Ito's palette). */
  static final List<String> PALETTE =
      List.of(
          "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

  private ChartConfig() {}

  /** The configuration of a chart of {@code kind}: one value per label in every series. */
  public static String of(Kind kind, List<String> labels, List<Series> series) {
    for (Series s : series) {
      if (s.values().size() != labels.size()) {
        throw new IllegalArgumentException(
            "Series " + s.name() + " has " + s.values().size() + " values for " + labels.size());
      }
    }
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      datasets.add(dataset(kind, series.get(i), i, labels.size()));
    }
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", kind.chartJs())
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", Json.createArrayBuilder(labels))
                    .add("datasets", datasets))
            .add("options", options(kind, series.size()))
            .build();
    return config.toString();
  }

  private static JsonObjectBuilder dataset(Kind kind, Series series, int index, int size) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    series.values().forEach(values::add);
    JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", series.name());
    dataset.add("data", values);
    if (kind == Kind.DOUGHNUT) {
      // A slice per label, each its own colour.
      JsonArrayBuilder colours = Json.createArrayBuilder();
      for (int i = 0; i < size; i++) {
        colours.add(PALETTE.get(i % PALETTE.size()));
      }
      dataset.add("backgroundColor", colours);
    } else {
      String colour = PALETTE.get(index % PALETTE.size());
      dataset.add("backgroundColor", colour).add("borderColor", colour);
      if (kind == Kind.LINE) {
        dataset.add("fill", false).add("tension", 0.2);
      } else {
        // A lone month or group stays a bar, not a wall.
        dataset.add("maxBarThickness", 48);
      }
    }
    return dataset;
  }

  private static JsonObjectBuilder options(Kind kind, int seriesCount) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            // Printing and screenshots show the figures at once, without the animation.
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "legend",
                        Json.createObjectBuilder()
                            .add("display", kind == Kind.DOUGHNUT || seriesCount > 1)
                            .add("position", "bottom")));
    if (kind != Kind.DOUGHNUT) {
      options.add(
          "scales",
          Json.createObjectBuilder()
              .add(
                  "y",
                  Json.createObjectBuilder()
                      .add("beginAtZero", true)
                      .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    }
    return options;
  }
}
