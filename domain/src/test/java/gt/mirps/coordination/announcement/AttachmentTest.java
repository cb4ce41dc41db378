package gt.mirps.coordination.announcement;

import static gt.mirps.coordination.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTest {

  private final Announcement draft = new Announcement("Comunicado");

  @Test
  void anAttachmentKnowsItsTypeSizeAndDigest() {
    Attachment attachment = draft.attach("ciudades-solidarias.csv", "text/csv", SampleFiles.csv());

    assertThat(attachment.fileName()).isEqualTo("ciudades-solidarias.csv");
    assertThat(attachment.mediaType()).isEqualTo(MediaType.CSV);
    assertThat(attachment.sizeBytes()).isEqualTo(SampleFiles.csv().length);
    assertThat(attachment.sha256()).isEqualTo(Attachment.sha256Of(SampleFiles.csv())).hasSize(64);
    assertThat(attachment.content()).isEqualTo(SampleFiles.csv());
  }

  @Test
  void theDigestIsSha256InLowercaseHex() {
    assertThat(Attachment.sha256Of("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void theContentIsCopiedInAndOut() {
    byte[] bytes = SampleFiles.pdf();
    Attachment attachment = draft.attach("informe.pdf", "application/pdf", bytes);

    bytes[0] = 'X';
    attachment.content()[1] = 'Y';

    assertThat(attachment.content()).isEqualTo(SampleFiles.pdf());
  }

  @Test
  void theFileNameIsTrimmed() {
    assertThat(Attachment.checkFileName("  datos 2024.csv ")).isEqualTo("datos 2024.csv");
    assertThat(Attachment.checkFileName("Conferencia Nacional (II).xlsx"))
        .isEqualTo("Conferencia Nacional (II).xlsx");
  }

  @Test
  void aFileNameWithAFolderIsRefused() {
    assertRefused(
        () -> Attachment.checkFileName("../../etc/passwd.csv"), "attachment.fileName.invalid");
    assertRefused(
        () -> Attachment.checkFileName("C:\\datos\\a.csv"), "attachment.fileName.invalid");
  }

  @Test
  void aFileNameWithAControlCharacterIsRefused() {
    assertRefused(() -> Attachment.checkFileName("datos\n.csv"), "attachment.fileName.invalid");
    assertRefused(() -> Attachment.checkFileName("datos\u0000.csv"), "attachment.fileName.invalid");
    assertRefused(() -> Attachment.checkFileName("datos\t.csv"), "attachment.fileName.invalid");
  }

  @Test
  void aMissingFileNameIsRefused() {
    assertRefused(() -> Attachment.checkFileName("   "), "attachment.fileName.required");
    assertRefused(() -> Attachment.checkFileName(null), "attachment.fileName.required");
  }

  @Test
  void aFileNameOfTheMaximumLengthIsAcceptedAndALongerOneRefused() {
    String longest = "a".repeat(Attachment.FILE_NAME_MAX - 4) + ".csv";

    assertThat(Attachment.checkFileName(longest)).hasSize(Attachment.FILE_NAME_MAX);
    assertRefused(() -> Attachment.checkFileName("a" + longest), "attachment.fileName.tooLong");
  }

  @Test
  void attachingRefusesWhatTheContentCheckRefuses() {
    assertRefused(() -> draft.attach("a.csv", "text/csv", new byte[0]), "attachment.content.empty");
    assertRefused(
        () -> draft.attach("a/b.csv", "text/csv", SampleFiles.csv()),
        "attachment.fileName.invalid");
    assertRefused(
        () -> draft.attach("datos.csv", "application/pdf", SampleFiles.csv()),
        "attachment.type.mismatch");

    assertThat(draft.attachments()).isEmpty();
  }
}
