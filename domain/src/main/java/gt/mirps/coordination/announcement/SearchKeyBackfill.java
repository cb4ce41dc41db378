package gt.mirps.coordination.announcement;

import gt.mirps.coordination.system.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives a search key to the communiqués saved before it existed (migration 0021 added the column
 * empty), so that the public search and the workspace list find them without anyone editing them.
 * Runs once the schema is ready; after the first start there is nothing left to do.
 */
@ApplicationScoped
public class SearchKeyBackfill {

  private static final Logger LOG = Logger.getLogger(SearchKeyBackfill.class.getName());
  private static final int BATCH = 200;

  private AnnouncementRepository announcements;

  protected SearchKeyBackfill() {}

  @Inject
  public SearchKeyBackfill(AnnouncementRepository announcements) {
    this.announcements = announcements;
  }

  @Transactional
  public void onSchemaReady(@Observes SchemaReady ready) {
    int indexed = indexAll();
    if (indexed > 0) {
      LOG.info(() -> "Search key given to communiqués saved before it existed: " + indexed + ".");
    }
  }

  /** Indexes every communiqué without a search key; how many it indexed. */
  int indexAll() {
    int indexed = 0;
    long lastId = 0;
    List<Announcement> batch = announcements.withoutSearchKey(lastId, BATCH);
    while (!batch.isEmpty()) {
      for (Announcement announcement : batch) {
        announcement.indexForSearch();
        lastId = announcement.id();
      }
      indexed += batch.size();
      batch = announcements.withoutSearchKey(lastId, BATCH);
    }
    return indexed;
  }
}
