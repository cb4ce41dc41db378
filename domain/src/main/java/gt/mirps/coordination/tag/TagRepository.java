package gt.mirps.coordination.tag;

import java.util.List;
import java.util.Optional;

/** Where tags are kept. */
public interface TagRepository {

  Tag add(Tag tag);

  Optional<Tag> findBySlug(String slug);

  /**
   * Tags whose label starts with {@code prefix}, ignoring accents, case and punctuation ("migra"
   * finds "Migración", "carlos r" finds "Carlos Ramiro Martínez"), in slug order, at most {@code
   * max}. A prefix with no letter or digit finds nothing.
   */
  List<Tag> searchByLabelPrefix(String prefix, int max);
}
