package gt.mirps.coordination.tag;

import gt.mirps.coordination.shared.TestIds;
import gt.mirps.coordination.shared.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A repository that keeps tags in a list, for testing use cases without a database. */
public class InMemoryTags implements TagRepository {

  private final List<Tag> tags = new ArrayList<>();
  private long nextId = 1;

  @Override
  public Tag add(Tag tag) {
    if (findBySlug(tag.slug()).isPresent()) {
      throw new IllegalStateException("duplicate slug " + tag.slug());
    }
    tags.add(TestIds.assign(tag, nextId++));
    return tag;
  }

  @Override
  public Optional<Tag> findBySlug(String slug) {
    return tags.stream().filter(t -> t.slug().equals(slug)).findFirst();
  }

  @Override
  public List<Tag> searchByLabelPrefix(String prefix, int max) {
    String slugPrefix = Text.slug(prefix);
    if (slugPrefix.isEmpty()) {
      return List.of();
    }
    return tags.stream()
        .filter(t -> t.slug().startsWith(slugPrefix))
        .sorted(Comparator.comparing(Tag::slug))
        .limit(max)
        .toList();
  }

  public int size() {
    return tags.size();
  }
}
