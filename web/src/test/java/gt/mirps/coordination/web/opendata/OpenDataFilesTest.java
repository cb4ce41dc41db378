package gt.mirps.coordination.web.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.web.shared.Pages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OpenDataFilesTest {

  @Test
  void pagesReadTheRowsAPageAtATimeUntilAShortPage() {
    List<Integer> all = IntStream.range(0, 7).boxed().toList();
    List<String> reads = new ArrayList<>();
    Pages<Integer> pages =
        new Pages<>(
            (first, max) -> {
              reads.add(first + "+" + max);
              return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
            },
            3);

    List<Integer> seen = new ArrayList<>();
    pages.forEach(seen::add);

    assertThat(seen).isEqualTo(all);
    assertThat(reads).containsExactly("0+3", "3+3", "6+3");
  }

  @Test
  void aFileNameCarriesTheDatasetAndTheDay() {
    OpenDataFile<String> file = new OpenDataFile<>("communiques", "comunicados", null, c -> null);

    assertThat(file.fileName(LocalDate.of(2026, 11, 25), "csv"))
        .isEqualTo("mirps-comunicados-2026-11-25.csv");
  }

  @Test
  void theEntityTagChangesWithTheDataAndMatchesIfNoneMatch() {
    String tag = OpenDataAddresses.entityTag("comunicados", "csv", "es-GT", "10", "1700");

    assertThat(tag).startsWith("W/\"").endsWith("\"");
    assertThat(OpenDataAddresses.entityTag("comunicados", "csv", "es-GT", "11", "1700"))
        .isNotEqualTo(tag);
    assertThat(OpenDataAddresses.matches(tag, tag)).isTrue();
    assertThat(OpenDataAddresses.matches("\"other\", " + tag.substring(2), tag)).isTrue();
    assertThat(OpenDataAddresses.matches("\"other\"", tag)).isFalse();
    assertThat(OpenDataAddresses.matches(null, tag)).isFalse();
  }
}
