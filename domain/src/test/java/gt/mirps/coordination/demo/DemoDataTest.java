package gt.mirps.coordination.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDataTest {

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
          null, ledger, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

  /** A data set that counts how often it is loaded. */
  static final class Counting implements DemoDataSet {
    final String name;
    final List<String> calls = new ArrayList<>();

    Counting(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void load() {
      calls.add(name);
    }
  }

  @Test
  void loadsEachDataSetIntoANewDatabaseAndRecordsWhen() {
    Counting seed = new Counting("seed-conference");

    assertThat(demoData.load(List.of(seed))).containsExactly("seed-conference");

    assertThat(seed.calls).hasSize(1);
    assertThat(loads.get("seed-conference").loadedAt())
        .isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
  }

  @Test
  void neverLoadsTheSameDataSetTwice() {
    Counting seed = new Counting("seed-conference");
    demoData.load(List.of(seed));

    assertThat(demoData.load(List.of(seed))).isEmpty();
    assertThat(seed.calls).hasSize(1);
  }

  @Test
  void aDataSetAddedLaterIsLoadedAloneOnTheNextStart() {
    Counting seed = new Counting("seed-conference");
    demoData.load(List.of(seed));
    Counting later = new Counting("later-set");

    assertThat(demoData.load(List.of(seed, later))).containsExactly("later-set");
    assertThat(seed.calls).hasSize(1);
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
