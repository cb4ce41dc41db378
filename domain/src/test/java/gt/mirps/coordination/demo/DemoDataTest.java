package gt.mirps.coordination.demo;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.event.EventStatus;
import gt.mirps.coordination.event.InMemoryEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  private final InMemoryEvents events = new InMemoryEvents();
  private final Map<String, DemoDataLoad> loads = new HashMap<>();
  private final DemoDataLoads ledger =
      new DemoDataLoads() {
        @Override
        public boolean wasLoaded(String dataSet) {
          return loads.containsKey(dataSet);
        }

        @Override
        public void record(DemoDataLoad load) {
          loads.put(load.dataSet(), load);
        }
      };
  private final DemoData demoData =
      new DemoData(
          new EventCatalog(events),
          ledger,
          Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void loadsTheSeedConferenceIntoANewDatabase() {
    assertThat(demoData.loadSeedConference()).isTrue();

    Event conference = events.latest(1).get(0);
    assertThat(conference.title()).isEqualTo("II Conferencia Nacional de Ciudades Solidarias");
    assertThat(conference.firstDay()).isEqualTo(LocalDate.of(2024, 9, 25));
    assertThat(conference.lastDay()).isEqualTo(LocalDate.of(2024, 9, 26));
    assertThat(conference.city()).contains("Ciudad de Guatemala");
    assertThat(conference.framework()).contains("MIRPS");
    assertThat(conference.status()).isEqualTo(EventStatus.HELD);
    assertThat(loads.get("seed-conference").loadedAt())
        .isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
  }

  @Test
  void neverLoadsTheSameDataTwice() {
    demoData.loadSeedConference();

    assertThat(demoData.loadSeedConference()).isFalse();
    assertThat(events.count()).isEqualTo(1);
  }

  @Test
  void doesNotReloadAfterTheDemoEventWasRemoved() {
    loads.put("seed-conference", new DemoDataLoad("seed-conference", Instant.EPOCH));

    assertThat(demoData.loadSeedConference()).isFalse();
    assertThat(events.count()).isZero();
  }

  @Test
  void theSettingIsOnUnlessSaidOff() {
    assertThat(DemoDataSetting.enabled(name -> null, name -> null)).isTrue();
    assertThat(DemoDataSetting.enabled(name -> "false", name -> null)).isFalse();
    assertThat(DemoDataSetting.enabled(name -> "OFF", name -> null)).isFalse();
    assertThat(DemoDataSetting.enabled(name -> "true", name -> null)).isTrue();
    assertThat(DemoDataSetting.enabled(name -> "true", name -> "false"))
        .as("the system property wins over the environment")
        .isFalse();
  }
}
