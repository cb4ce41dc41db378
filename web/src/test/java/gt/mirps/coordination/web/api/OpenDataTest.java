package gt.mirps.coordination.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.event.EventKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenDataTest {

  record Inner(String name, Integer count) {}

  record Outer(long id, String title, Optional<String> none, EventKind kind, List<Inner> inner) {}

  @Test
  void aRecordIsWrittenInTheOrderOfItsComponentsWithNullsEnumsAndLists() {
    Outer outer =
        new Outer(
            7,
            "Conferencia «II»",
            Optional.empty(),
            EventKind.CONFERENCE,
            List.of(new Inner("Petén", null), new Inner("Izabal", 3)));

    assertThat(OpenData.json(outer).toString())
        .isEqualTo(
            "{\"id\":7,\"title\":\"Conferencia «II»\",\"none\":null,\"kind\":\"CONFERENCE\","
                + "\"inner\":[{\"name\":\"Petén\",\"count\":null},{\"name\":\"Izabal\",\"count\":3}]}");
  }

  @Test
  void pageAndSizeAreCheckedAndDefaulted() {
    assertThat(OpenData.page(null)).isZero();
    assertThat(OpenData.page(" 3 ")).isEqualTo(3);
    assertThat(OpenData.size("")).isEqualTo(20);
    assertThat(OpenData.size("100")).isEqualTo(100);
    assertThatThrownBy(() -> OpenData.size("101"))
        .isInstanceOfSatisfying(
            OpenData.BadParameter.class,
            bad -> assertThat(bad.key).isEqualTo("api.open.size.range"));
    assertThatThrownBy(() -> OpenData.size("0")).isInstanceOf(OpenData.BadParameter.class);
    assertThatThrownBy(() -> OpenData.page("-1")).isInstanceOf(OpenData.BadParameter.class);
    assertThatThrownBy(() -> OpenData.page("uno")).isInstanceOf(OpenData.BadParameter.class);
    assertThatThrownBy(() -> OpenData.first(Integer.MAX_VALUE, 100))
        .isInstanceOfSatisfying(
            OpenData.BadParameter.class,
            bad -> assertThat(bad.key).isEqualTo("api.open.page.tooLarge"));
    assertThat(OpenData.first(3, 20)).isEqualTo(60);
  }

  @Test
  void filtersAcceptTheirValuesAndRefuseOthersNamingWhatIsAllowed() {
    assertThat(OpenData.choice("kind", "conference", EventKind.class))
        .isEqualTo(EventKind.CONFERENCE);
    assertThat(OpenData.choice("kind", null, EventKind.class)).isNull();
    assertThatThrownBy(() -> OpenData.choice("kind", "fiesta", EventKind.class))
        .isInstanceOfSatisfying(
            OpenData.BadParameter.class,
            bad ->
                assertThat(bad.arguments)
                    .containsExactly(
                        "kind",
                        "CONFERENCE, MEETING, WORKSHOP, TRAINING, CEREMONY, VISIT",
                        "fiesta"));
    assertThat(OpenData.day("from", "2024-09-25")).isEqualTo(LocalDate.of(2024, 9, 25));
    assertThatThrownBy(() -> OpenData.day("from", "25/09/2024"))
        .isInstanceOf(OpenData.BadParameter.class);
    assertThat(OpenData.id("event", "12")).isEqualTo(12L);
    assertThatThrownBy(() -> OpenData.id("event", "0")).isInstanceOf(OpenData.BadParameter.class);
    assertThat(OpenData.yesNo("active", "TRUE")).isTrue();
    assertThatThrownBy(() -> OpenData.yesNo("active", "sí"))
        .isInstanceOf(OpenData.BadParameter.class);
  }

  @Test
  void pagingChecksThePageBeforeTheSizeAndItsStartOnlyWhenAsked() {
    assertThat(OpenData.paging(null, null)).isEqualTo(new OpenData.Paging(0, 20));
    assertThat(OpenData.paging("3", "20").first()).isEqualTo(60);
    assertThatThrownBy(() -> OpenData.paging("-1", "0"))
        .isInstanceOfSatisfying(
            OpenData.BadParameter.class,
            bad -> assertThat(bad.key).isEqualTo("api.open.page.negative"));
    OpenData.Paging far = OpenData.paging(String.valueOf(Integer.MAX_VALUE), "100");
    assertThatThrownBy(far::first)
        .isInstanceOfSatisfying(
            OpenData.BadParameter.class,
            bad -> assertThat(bad.key).isEqualTo("api.open.page.tooLarge"));
  }

  @Test
  void codesAreStrippedUpperCasedAndChecked() {
    assertThat(OpenData.code(" gt ", "[A-Z]{2}", "api.open.country")).isEqualTo("GT");
    assertThat(OpenData.code(" 17 ", "[0-9]{2}", "api.open.department")).isEqualTo("17");
    assertThat(OpenData.code("  ", "[0-9]{2}", "api.open.department")).isNull();
    assertThatThrownBy(() -> OpenData.code("GTM", "[A-Z]{2}", "api.open.country"))
        .isInstanceOfSatisfying(
            OpenData.BadParameter.class, bad -> assertThat(bad.key).isEqualTo("api.open.country"));
  }

  @Test
  void daysAndInstantsAreIsoTextOrNull() {
    assertThat(OpenData.text(Optional.of(LocalDate.of(2024, 9, 25)))).isEqualTo("2024-09-25");
    assertThat(OpenData.text(Optional.empty())).isNull();
  }

  @Test
  void theETagIsTheSha256OfTheBody() {
    assertThat(OpenData.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
