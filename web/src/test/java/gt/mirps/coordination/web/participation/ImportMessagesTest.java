package gt.mirps.coordination.web.participation;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.participation.ImportField;
import gt.mirps.coordination.participation.ParticipantImport;
import gt.mirps.coordination.web.i18n.Messages;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reason a row or a file can be refused for has its text in Spanish and in English. */
class ImportMessagesTest {

  private static final Path SOURCES =
      Path.of("src", "main", "java", "gt", "mirps", "coordination", "web", "participation");
  private static final Pattern REFUSAL = Pattern.compile("new UnreadableFile\\(\\s*\"([^\"]+)\"");

  static Set<String> keys() {
    Set<String> keys = new TreeSet<>(ParticipantImport.REASONS);
    for (ImportField field : ImportField.values()) {
      keys.add("import.field." + field.name());
    }
    try (Stream<Path> files = Files.list(SOURCES)) {
      files.forEach(
          file -> {
            try {
              Matcher matcher = REFUSAL.matcher(Files.readString(file));
              while (matcher.find()) {
                keys.add(matcher.group(1));
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  @ParameterizedTest
  @ValueSource(strings = {"es-GT", "en"})
  void everyReasonHasItsText(String language) {
    ResourceBundle bundle = Messages.bundle(Locale.forLanguageTag(language));

    assertThat(keys()).contains("import.file.formula", "participation.import.duplicate.inFile");
    assertThat(keys()).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
  }
}
