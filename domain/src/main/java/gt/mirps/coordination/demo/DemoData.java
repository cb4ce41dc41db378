package gt.mirps.coordination.demo;

import gt.mirps.coordination.system.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo data sets into a new database so that a newcomer sees a real record at once. They
 * go through the same use cases as a person would, and each is loaded only once per database, even
 * if its records are later edited or deleted. All of it is one transaction: a failure leaves
 * nothing half-loaded.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  private final Instance<DemoDataSet> dataSets;
  private final DemoDataLoads loads;
  private final Clock clock;

  /** For the container's proxies only. */
  protected DemoData() {
    this(null, null, Clock.systemUTC());
  }

  @Inject
  public DemoData(Instance<DemoDataSet> dataSets, DemoDataLoads loads) {
    this(dataSets, loads, Clock.systemUTC());
  }

  DemoData(Instance<DemoDataSet> dataSets, DemoDataLoads loads, Clock clock) {
    this.dataSets = dataSets;
    this.loads = loads;
    this.clock = clock;
  }

  /** Runs once the schema is up to date. */
  @Transactional
  public void onSchemaReady(@Observes SchemaReady ready) {
    if (!DemoDataSetting.enabled()) {
      LOG.info("Demo data is off (MIRPS_DEMO_DATA=false): nothing loaded.");
      return;
    }
    for (String loaded : load(dataSets.stream().toList())) {
      LOG.info(() -> "Demo data loaded: " + loaded + ".");
    }
  }

  /** Loads each set this database has not received yet; returns the names of those loaded now. */
  List<String> load(List<DemoDataSet> sets) {
    List<String> loadedNow = new ArrayList<>();
    for (DemoDataSet set : sets) {
      if (!loads.wasLoaded(set.name())) {
        set.load();
        loads.record(new DemoDataLoad(set.name(), clock.instant()));
        loadedNow.add(set.name());
      }
    }
    return loadedNow;
  }
}
