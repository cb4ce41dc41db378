package gt.mirps.coordination.web.announcement;

import static org.assertj.core.api.Assertions.assertThat;

import gt.mirps.coordination.announcement.AnnouncementSort;
import org.junit.jupiter.api.Test;

/** Where the communiqué pages put a refusal, and how the list's columns sort. */
class AnnouncementPagesTest {

  @Test
  void editorRefusalsGoBesideTheirFields() {
    assertThat(AnnouncementEditor.fieldOf("announcement.title.tooLong"))
        .isEqualTo("announcement:title");
    assertThat(AnnouncementEditor.fieldOf("announcement.sourceUrl.invalid"))
        .isEqualTo("announcement:sourceUrl");
    assertThat(AnnouncementEditor.fieldOf("tag.label.noSlug")).isEqualTo("announcement:tags");
    assertThat(AnnouncementEditor.fieldOf("announcement.event.notFound"))
        .isEqualTo("announcement:events");
    assertThat(AnnouncementEditor.fieldOf("attachment.type.unsupported"))
        .isEqualTo("announcement:file");
    assertThat(AnnouncementEditor.fieldOf("announcement.attachment.duplicate"))
        .isEqualTo("announcement:file");
    assertThat(AnnouncementEditor.fieldOf("announcement.notEditable")).isNull();
    assertThat(AnnouncementEditor.fieldOf("record.changedByOther")).isNull();
  }

  @Test
  void theListSortsByTheColumnChosenAndTheLastChangeOtherwise() {
    assertThat(AnnouncementList.sortOf(null)).isEqualTo(AnnouncementSort.LAST_CHANGE);
    assertThat(AnnouncementList.sortOf("title")).isEqualTo(AnnouncementSort.TITLE);
    assertThat(AnnouncementList.sortOf("state")).isEqualTo(AnnouncementSort.STATE);
    assertThat(AnnouncementList.sortOf("dateline")).isEqualTo(AnnouncementSort.DATELINE);
    assertThat(AnnouncementList.sortOf("updatedAt")).isEqualTo(AnnouncementSort.LAST_CHANGE);
  }
}
