package gt.mirps.coordination.tag;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import org.junit.jupiter.api.Test;

class TagDirectoryTest {

  private final InMemoryTags tags = new InMemoryTags();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final TagDirectory directory = new TagDirectory(tags, new Auditor(trail));

  @Test
  void findOrCreateCreatesANewTagAndAuditsIt() {
    Tag tag = directory.findOrCreate("Ciudades Solidarias");

    assertThat(tag.id()).isNotNull();
    assertThat(tag.slug()).isEqualTo("ciudades-solidarias");
    assertThat(tags.size()).isEqualTo(1);
    assertThat(trail.actionsOn(TagDirectory.RECORD_TYPE, tag.id())).containsExactly("create");
  }

  @Test
  void aLabelWithTheSameSlugFindsTheExistingTag() {
    Tag first = directory.findOrCreate("Acnur");

    Tag second = directory.findOrCreate("ACNÚR");

    assertThat(second).isSameAs(first);
    assertThat(second.label()).isEqualTo("Acnur");
    assertThat(tags.size()).isEqualTo(1);
    assertThat(trail.all()).hasSize(1);
  }

  @Test
  void findOrCreateRefusesALabelWithoutASlug() {
    assertRefused(() -> directory.findOrCreate("!!!"), "tag.label.noSlug");
    assertThat(tags.size()).isZero();
  }

  @Test
  void suggestFindsLabelsByPrefixIgnoringAccentsAndCase() {
    directory.findOrCreate("migración");
    directory.findOrCreate("Movilidad humana");
    directory.findOrCreate("MINEX");
    directory.findOrCreate("Carlos Ramiro Martínez");

    assertThat(directory.suggest("Mi", 10))
        .extracting(Tag::label)
        .containsExactly("migración", "MINEX");
    assertThat(directory.suggest("MIGRA", 10)).extracting(Tag::label).containsExactly("migración");
    assertThat(directory.suggest("carlos r", 10))
        .extracting(Tag::label)
        .containsExactly("Carlos Ramiro Martínez");
    assertThat(directory.suggest("m", 2)).hasSize(2);
    assertThat(directory.suggest("zz", 10)).isEmpty();
    assertThat(directory.suggest(" ¿ ", 10)).isEmpty();
  }

  @Test
  void suggestRefusesAnUnreasonableMaximum() {
    assertThatThrownBy(() -> directory.suggest("m", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> directory.suggest("m", TagDirectory.SUGGESTIONS_MAX + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
