package gt.mirps.coordination.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule the domain can refuse has a message for the user in Spanish and in English: the keys
 * are read from the domain's sources, so a new rule without its texts fails this test.
 */
class RuleMessagesTest {

  private static final Path DOMAIN = Path.of("..", "domain", "src", "main", "java");
  private static final Pattern VIOLATION = Pattern.compile("new RuleViolation\\(\\s*\"([^\"]+)\"");
  private static final Pattern REQUIRED =
      Pattern.compile("Text\\.required\\(\\s*[^;]*?,\\s*[^;]*?,\\s*\"([^\"]+)\"\\s*\\)");
  private static final Pattern EMAIL =
      Pattern.compile("Text\\.email\\(\\s*[^;]*?,\\s*\"([^\"]+)\"\\s*\\)");
  private static final Pattern LIMITED =
      Pattern.compile(
          "Text\\.(?:required|optional)\\(\\s*[^;]*?,\\s*[^;]*?,\\s*\"([^\"]+)\"\\s*\\)");

  static Set<String> ruleKeys() {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(DOMAIN)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                String source = read(f);
                collect(VIOLATION, source, "", keys);
                collect(REQUIRED, source, ".required", keys);
                collect(LIMITED, source, ".tooLong", keys);
                collect(EMAIL, source, ".invalid", keys);
                collect(EMAIL, source, ".tooLong", keys);
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(Pattern pattern, String source, String suffix, Set<String> keys) {
    Matcher matcher = pattern.matcher(source);
    while (matcher.find()) {
      keys.add(matcher.group(1) + suffix);
    }
  }

  @Test
  void theDomainsRulesAreFoundInItsSources() {
    assertThat(ruleKeys()).contains("event.dates.endBeforeStart", "person.fullName.required");
  }

  @Test
  void everyRuleHasASpanishMessage() {
    ResourceBundle spanish = Messages.bundle(Locale.forLanguageTag("es-GT"));
    assertThat(ruleKeys()).allSatisfy(key -> assertThat(spanish.containsKey(key)).as(key).isTrue());
  }

  @Test
  void everyRuleHasAnEnglishMessage() {
    ResourceBundle english = Messages.bundle(Locale.ENGLISH);
    assertThat(ruleKeys()).allSatisfy(key -> assertThat(english.containsKey(key)).as(key).isTrue());
  }
}
