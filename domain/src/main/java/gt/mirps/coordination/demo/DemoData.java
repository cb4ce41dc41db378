package gt.mirps.coordination.demo;

import gt.mirps.coordination.event.EventCatalog;
import gt.mirps.coordination.system.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the seed conference into a new database so that a newcomer sees a real record at once. It
 * goes through the same use cases as a person would, and loads a data set only once per database,
 * even if its records are later edited or deleted.
 */
@ApplicationScoped
public class DemoData {

  static final String SEED_CONFERENCE = "seed-conference";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  private final EventCatalog catalog;
  private final DemoDataLoads loads;
  private final Clock clock;

  /** For the container's proxies only. */
  protected DemoData() {
    this(null, null, Clock.systemUTC());
  }

  @Inject
  public DemoData(EventCatalog catalog, DemoDataLoads loads) {
    this(catalog, loads, Clock.systemUTC());
  }

  DemoData(EventCatalog catalog, DemoDataLoads loads, Clock clock) {
    this.catalog = catalog;
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
    if (loadSeedConference()) {
      LOG.info("Demo data loaded: II Conferencia Nacional de Ciudades Solidarias.");
    }
  }

  /** Loads the seed conference unless this database already received it; true if it did now. */
  boolean loadSeedConference() {
    if (loads.wasLoaded(SEED_CONFERENCE)) {
      return false;
    }
    if (catalog.findEdition(SeedConference.SERIES, SeedConference.EDITION).isEmpty()) {
      catalog.record(SeedConference.event());
    }
    loads.record(new DemoDataLoad(SEED_CONFERENCE, clock.instant()));
    return true;
  }
}
