package gt.mirps.coordination.demo;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Whether the demo data is loaded on first start: on unless the environment variable {@code
 * MIRPS_DEMO_DATA} (or the system property {@code mirps.demo-data}) says {@code false}.
 */
public final class DemoDataSetting {

  static final String VARIABLE = "MIRPS_DEMO_DATA";
  static final String PROPERTY = "mirps.demo-data";

  private DemoDataSetting() {}

  public static boolean enabled() {
    return enabled(System::getenv, System::getProperty);
  }

  static boolean enabled(UnaryOperator<String> environment, UnaryOperator<String> properties) {
    String value = properties.apply(PROPERTY);
    if (value == null || value.isBlank()) {
      value = environment.apply(VARIABLE);
    }
    if (value == null || value.isBlank()) {
      return true;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "false", "no", "off", "0" -> false;
      default -> true;
    };
  }
}
