package gt.mirps.coordination.announcement;

import java.util.List;

/**
 * One page of a list of communiqués.
 *
 * @param items the communiqués on this page
 * @param page the page number, from 0
 * @param size the most communiqués a page holds
 * @param total how many communiqués the whole list has
 */
public record AnnouncementPage(List<Announcement> items, int page, int size, long total) {

  public AnnouncementPage {
    items = List.copyOf(items);
  }

  public long pageCount() {
    return (total + size - 1) / size;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
