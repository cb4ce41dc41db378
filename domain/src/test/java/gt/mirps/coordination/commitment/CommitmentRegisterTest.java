package gt.mirps.coordination.commitment;

import static gt.mirps.coordination.commitment.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentRegisterTest {

  private final InMemoryCommitments commitments = new InMemoryCommitments();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final CommitmentRegister register =
      new CommitmentRegister(commitments, new Auditor(trail, CLOCK), CLOCK);

  private final Institution municipality = Fixtures.institution("Municipalidad de Guatemala", 1);
  private final Institution acnur = Fixtures.institution("ACNUR", 2);

  private long recorded() {
    return register.record(Fixtures.commitment(municipality)).id();
  }

  @Test
  void recordingACommitmentKeepsItAndAuditsIt() {
    long[] recordedId = new long[1];
    ChangeAuthor.actingAs(
        "ana.lopez", () -> recordedId[0] = register.record(Fixtures.commitment(municipality)).id());
    long id = recordedId[0];

    assertThat(register.find(id)).isPresent();
    assertThat(trail.of("Commitment", id))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo("recorded");
              assertThat(entry.actor()).isEqualTo("ana.lopez");
              assertThat(entry.detail()).contains("Abrir una segunda ventanilla de orientación");
              assertThat(entry.at()).isEqualTo(CLOCK.instant());
            });
  }

  @Test
  void reportingProgressChangesTheStatusAndAuditsIt() {
    long id = recorded();

    ProgressUpdate update =
        register.report(
            id,
            LocalDate.of(2024, 9, 20),
            "Personal contratado",
            CommitmentStatus.IN_PROGRESS,
            null);

    assertThat(update.toStatus()).contains(CommitmentStatus.IN_PROGRESS);
    assertThat(register.find(id).orElseThrow().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
    assertThat(trail.of("Commitment", id))
        .extracting(AuditEntry::action)
        .containsExactly("recorded", "progressReported");
    assertThat(trail.of("Commitment", id).get(1).detail())
        .contains("2024-09-20: PLANNING → IN_PROGRESS");
  }

  @Test
  void aCancellationIsAuditedWithItsReason() {
    long id = recorded();

    register.report(
        id, LocalDate.of(2024, 9, 20), "Se desiste", CommitmentStatus.CANCELLED, "Sin fondos");

    assertThat(trail.of("Commitment", id).get(1).detail())
        .contains("2024-09-20: PLANNING → CANCELLED (Sin fondos)");
  }

  @Test
  void aProgressNoteWithoutStatusChangeIsAuditedToo() {
    long id = recorded();

    register.report(id, LocalDate.of(2024, 9, 20), "Reunión de seguimiento", null, null);

    assertThat(trail.of("Commitment", id).get(1).detail()).contains("2024-09-20: progress");
  }

  @Test
  void aRefusedReportIsNotAudited() {
    long id = recorded();

    assertThatThrownBy(
            () ->
                register.report(
                    id, LocalDate.of(2024, 9, 20), "Hecho", CommitmentStatus.FULFILLED, null))
        .isInstanceOf(RuleViolation.class);

    assertThat(trail.of("Commitment", id))
        .extracting(AuditEntry::action)
        .containsExactly("recorded");
  }

  @Test
  void reportingOnAnUnknownCommitmentIsRefused() {
    assertThatThrownBy(() -> register.report(999, LocalDate.of(2024, 9, 20), "Nota", null, null))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("commitment.notFound");
    assertThat(trail.all()).isEmpty();
  }

  @Test
  void addingAndRemovingACosponsorIsAudited() {
    long id = recorded();

    register.cosponsor(id, acnur);
    assertThat(register.find(id).orElseThrow().cosponsors()).containsExactly(acnur);
    register.removeCosponsor(id, acnur);

    assertThat(register.find(id).orElseThrow().cosponsors()).isEmpty();
    assertThat(trail.of("Commitment", id))
        .extracting(AuditEntry::action)
        .containsExactly("recorded", "cosponsorAdded", "cosponsorRemoved");
    assertThat(trail.of("Commitment", id).get(1).detail()).contains("ACNUR [2]");
  }

  @Test
  void theSubmitterCannotBeAddedAsCosponsorAndNothingIsAudited() {
    long id = recorded();

    assertThatThrownBy(() -> register.cosponsor(id, municipality))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .isEqualTo("commitment.cosponsor.submitter");
    assertThat(trail.of("Commitment", id))
        .extracting(AuditEntry::action)
        .containsExactly("recorded");
  }

  @Test
  void overdueMeansPastTheTargetDateOnTodayInGuatemala() {
    // The clock reads 1 October in UTC, still 30 September in Guatemala.
    Commitment dueYesterday = Fixtures.commitment(municipality);
    dueYesterday.dueBy(LocalDate.of(2024, 9, 29));
    Commitment dueToday = Fixtures.commitment(municipality);
    dueToday.dueBy(LocalDate.of(2024, 9, 30));
    register.record(dueYesterday);
    register.record(dueToday);

    assertThat(register.today()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(register.overdue()).containsExactly(dueYesterday);
  }

  @Test
  void listsPageAndCountThroughTheFilter() {
    for (int i = 0; i < 5; i++) {
      recorded();
    }
    register.record(Fixtures.commitment(acnur));

    assertThat(register.count(CommitmentFilter.all())).isEqualTo(6);
    assertThat(register.count(null)).isEqualTo(6);
    assertThat(register.count(CommitmentFilter.all().withSubmitter(1L))).isEqualTo(5);
    assertThat(register.page(CommitmentFilter.all().withSubmitter(1L), 3, 10)).hasSize(2);
    assertThat(register.submittedBy(2L)).hasSize(1);
  }

  @Test
  void aPageMustStartAtZeroOrLaterAndHoldAtLeastOne() {
    assertThatThrownBy(() -> register.page(CommitmentFilter.all(), -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> register.page(CommitmentFilter.all(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
