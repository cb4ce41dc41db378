package gt.mirps.coordination.opendata;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A published communiqué as open data: its dateline date (or, without one, the day it was published
 * in Guatemala), its public address's slug, its tags' labels and its lead.
 */
public record PublicCommunique(
    long id, String title, LocalDate date, String slug, List<String> tags, String lead) {

  public PublicCommunique {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(slug, "slug");
    tags = List.copyOf(tags);
  }
}
