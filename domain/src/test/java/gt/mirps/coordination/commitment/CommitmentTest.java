package gt.mirps.coordination.commitment;

import static gt.mirps.coordination.commitment.CommitmentStatus.CANCELLED;
import static gt.mirps.coordination.commitment.CommitmentStatus.FULFILLED;
import static gt.mirps.coordination.commitment.CommitmentStatus.IN_PROGRESS;
import static gt.mirps.coordination.commitment.CommitmentStatus.PLANNING;
import static gt.mirps.coordination.commitment.Fixtures.CLOCK;
import static gt.mirps.coordination.commitment.Fixtures.TODAY_IN_GUATEMALA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.ChangeAuthor;
import gt.mirps.coordination.shared.RuleViolation;
import java.time.LocalDate;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentTest {

  private static final LocalDate SEPT_1 = LocalDate.of(2024, 9, 1);
  private static final LocalDate SEPT_15 = LocalDate.of(2024, 9, 15);

  private final Institution municipality = Fixtures.institution("Municipalidad de Guatemala");
  private final Institution acnur = Fixtures.institution("ACNUR");
  private final Institution oim = Fixtures.institution("OIM");
  private final Commitment commitment = Fixtures.commitment(municipality);

  private static AbstractStringAssert<?> refusal(ThrowingCallable change) {
    return assertThatThrownBy(change)
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).messageKey())
        .asString();
  }

  private void moveTo(CommitmentStatus status) {
    switch (status) {
      case PLANNING -> {}
      case IN_PROGRESS -> commitment.report(SEPT_1, "Inicio", IN_PROGRESS, null, CLOCK);
      case FULFILLED -> {
        moveTo(IN_PROGRESS);
        commitment.report(SEPT_1, "Cumplido", FULFILLED, null, CLOCK);
      }
      case CANCELLED -> commitment.report(SEPT_1, "Cancelado", CANCELLED, "Sin fondos", CLOCK);
    }
  }

  // Title, description, submitter, classification, event, target date

  @Test
  void aNewCommitmentStartsInPlanningWithItsCleanedTitle() {
    Commitment made =
        new Commitment(
            "  Abrir   una ventanilla  ",
            municipality,
            CommitmentType.POLICY,
            ThematicArea.DOCUMENTATION);

    assertThat(made.title()).isEqualTo("Abrir una ventanilla");
    assertThat(made.status()).isEqualTo(PLANNING);
    assertThat(made.submitter()).isSameAs(municipality);
    assertThat(made.type()).isEqualTo(CommitmentType.POLICY);
    assertThat(made.area()).isEqualTo(ThematicArea.DOCUMENTATION);
    assertThat(made.progressUpdates()).isEmpty();
    assertThat(made.cosponsors()).isEmpty();
    assertThat(made.description()).isEmpty();
    assertThat(made.event()).isEmpty();
    assertThat(made.targetDate()).isEmpty();
    assertThat(made.cancellationReason()).isEmpty();
  }

  @Test
  void aBlankTitleIsRefused() {
    refusal(() -> Fixtures.commitment(municipality).rename("   "))
        .isEqualTo("commitment.title.required");
    refusal(() -> new Commitment(null, municipality, CommitmentType.POLICY, ThematicArea.HEALTH))
        .isEqualTo("commitment.title.required");
  }

  @Test
  void aTitleOfTheMaximumLengthIsKept() {
    commitment.rename("x".repeat(Commitment.TITLE_MAX));

    assertThat(commitment.title()).hasSize(Commitment.TITLE_MAX);
  }

  @Test
  void aTitleLongerThanTheMaximumIsRefused() {
    refusal(() -> commitment.rename("x".repeat(Commitment.TITLE_MAX + 1)))
        .isEqualTo("commitment.title.tooLong");
    assertThat(commitment.title()).isEqualTo("Abrir una segunda ventanilla de orientación");
  }

  @Test
  void aDescriptionIsOptionalAndABlankOneRemovesIt() {
    commitment.describe("Atención a personas refugiadas en la zona 1.");
    assertThat(commitment.description()).contains("Atención a personas refugiadas en la zona 1.");

    commitment.describe("  ");
    assertThat(commitment.description()).isEmpty();
  }

  @Test
  void aDescriptionLongerThanTheMaximumIsRefused() {
    commitment.describe("x".repeat(Commitment.DESCRIPTION_MAX));

    refusal(() -> commitment.describe("x".repeat(Commitment.DESCRIPTION_MAX + 1)))
        .isEqualTo("commitment.description.tooLong");
    assertThat(commitment.description().orElseThrow()).hasSize(Commitment.DESCRIPTION_MAX);
  }

  @Test
  void aCommitmentWithoutASubmitterIsRefused() {
    refusal(() -> new Commitment("Título", null, CommitmentType.POLICY, ThematicArea.HEALTH))
        .isEqualTo("commitment.submitter.required");
  }

  @Test
  void theTypeAndAreaCanBeChanged() {
    commitment.classify(CommitmentType.FINANCIAL, ThematicArea.EMPLOYMENT);

    assertThat(commitment.type()).isEqualTo(CommitmentType.FINANCIAL);
    assertThat(commitment.area()).isEqualTo(ThematicArea.EMPLOYMENT);
  }

  @Test
  void aCommitmentWithoutATypeIsRefused() {
    refusal(() -> new Commitment("Título", municipality, null, ThematicArea.HEALTH))
        .isEqualTo("commitment.type.required");
    refusal(() -> commitment.classify(null, ThematicArea.HEALTH))
        .isEqualTo("commitment.type.required");
  }

  @Test
  void aCommitmentWithoutAThematicAreaIsRefused() {
    refusal(() -> new Commitment("Título", municipality, CommitmentType.POLICY, null))
        .isEqualTo("commitment.area.required");
    refusal(() -> commitment.classify(CommitmentType.MATERIAL, null))
        .isEqualTo("commitment.area.required");
    assertThat(commitment.type()).isEqualTo(CommitmentType.TECHNICAL);
  }

  @Test
  void theEventWhereItWasMadeIsOptional() {
    Event conference = Fixtures.conference(7);

    commitment.madeAt(conference);
    assertThat(commitment.event()).containsSame(conference);

    commitment.madeAt(null);
    assertThat(commitment.event()).isEmpty();
  }

  @Test
  void theTargetDateIsOptional() {
    commitment.dueBy(LocalDate.of(2025, 12, 31));
    assertThat(commitment.targetDate()).contains(LocalDate.of(2025, 12, 31));

    commitment.dueBy(null);
    assertThat(commitment.targetDate()).isEmpty();
  }

  // Co-sponsors

  @Test
  void otherInstitutionsCanCosponsor() {
    commitment.cosponsor(acnur);
    commitment.cosponsor(oim);

    assertThat(commitment.cosponsors()).containsExactly(acnur, oim);
  }

  @Test
  void theSubmitterCannotCosponsor() {
    refusal(() -> commitment.cosponsor(municipality)).isEqualTo("commitment.cosponsor.submitter");
    assertThat(commitment.cosponsors()).isEmpty();
  }

  @Test
  void theSubmitterIsRecognisedByIdentifierToo() {
    Commitment saved = Fixtures.commitment(Fixtures.institution("Municipalidad", 5));

    refusal(() -> saved.cosponsor(Fixtures.institution("Municipalidad (otra copia)", 5)))
        .isEqualTo("commitment.cosponsor.submitter");
  }

  @Test
  void theSameCosponsorTwiceIsRefused() {
    commitment.cosponsor(acnur);

    refusal(() -> commitment.cosponsor(acnur)).isEqualTo("commitment.cosponsor.duplicate");
    assertThat(commitment.cosponsors()).containsExactly(acnur);
  }

  @Test
  void noCosponsorIsRefused() {
    refusal(() -> commitment.cosponsor(null)).isEqualTo("commitment.cosponsor.required");
  }

  @Test
  void aCosponsorCanBeRemoved() {
    commitment.cosponsor(acnur);
    commitment.cosponsor(oim);

    commitment.removeCosponsor(acnur);

    assertThat(commitment.cosponsors()).containsExactly(oim);
  }

  @Test
  void removingAnInstitutionThatDoesNotCosponsorIsRefused() {
    commitment.cosponsor(acnur);

    refusal(() -> commitment.removeCosponsor(oim)).isEqualTo("commitment.cosponsor.notCosponsor");
    assertThat(commitment.cosponsors()).containsExactly(acnur);
  }

  // Status moves

  @Test
  void aPlannedCommitmentCanStart() {
    ProgressUpdate update =
        commitment.report(SEPT_1, "Se contrató al personal.", IN_PROGRESS, null, CLOCK);

    assertThat(commitment.status()).isEqualTo(IN_PROGRESS);
    assertThat(update.fromStatus()).contains(PLANNING);
    assertThat(update.toStatus()).contains(IN_PROGRESS);
    assertThat(update.changesStatus()).isTrue();
    assertThat(commitment.progressUpdates()).containsExactly(update);
  }

  @Test
  void aCommitmentInProgressCanBeFulfilled() {
    moveTo(IN_PROGRESS);

    ProgressUpdate update =
        commitment.report(SEPT_15, "La ventanilla abrió.", FULFILLED, null, CLOCK);

    assertThat(commitment.status()).isEqualTo(FULFILLED);
    assertThat(update.fromStatus()).contains(IN_PROGRESS);
    assertThat(update.toStatus()).contains(FULFILLED);
    assertThat(commitment.progressUpdates()).hasSize(2);
  }

  @Test
  void aPlannedCommitmentCanBeCancelledWithAReason() {
    commitment.report(SEPT_1, "Se desiste.", CANCELLED, "  Sin   presupuesto ", CLOCK);

    assertThat(commitment.status()).isEqualTo(CANCELLED);
    assertThat(commitment.cancellationReason()).contains("Sin presupuesto");
  }

  @Test
  void aCommitmentInProgressCanBeCancelledWithAReason() {
    moveTo(IN_PROGRESS);

    commitment.report(SEPT_15, "Se suspende.", CANCELLED, "Cambio de autoridades", CLOCK);

    assertThat(commitment.status()).isEqualTo(CANCELLED);
    assertThat(commitment.cancellationReason()).contains("Cambio de autoridades");
  }

  @ParameterizedTest(name = "{0} to {1} is refused")
  @CsvSource({
    "PLANNING, PLANNING",
    "PLANNING, FULFILLED",
    "IN_PROGRESS, PLANNING",
    "IN_PROGRESS, IN_PROGRESS",
    "FULFILLED, PLANNING",
    "FULFILLED, IN_PROGRESS",
    "FULFILLED, FULFILLED",
    "FULFILLED, CANCELLED",
    "CANCELLED, PLANNING",
    "CANCELLED, IN_PROGRESS",
    "CANCELLED, FULFILLED",
    "CANCELLED, CANCELLED"
  })
  void anyOtherStatusMoveIsRefused(CommitmentStatus from, CommitmentStatus to) {
    moveTo(from);
    int updatesBefore = commitment.progressUpdates().size();
    String reason = to == CANCELLED ? "Motivo" : null;

    refusal(() -> commitment.report(SEPT_15, "Cambio", to, reason, CLOCK))
        .isEqualTo("commitment.status.notAllowed");
    assertThat(commitment.status()).isEqualTo(from);
    assertThat(commitment.progressUpdates()).hasSize(updatesBefore);
  }

  @Test
  void cancellingWithoutAReasonIsRefused() {
    refusal(() -> commitment.report(SEPT_1, "Se desiste.", CANCELLED, null, CLOCK))
        .isEqualTo("commitment.cancellationReason.required");
    refusal(() -> commitment.report(SEPT_1, "Se desiste.", CANCELLED, "  ", CLOCK))
        .isEqualTo("commitment.cancellationReason.required");
    assertThat(commitment.status()).isEqualTo(PLANNING);
    assertThat(commitment.progressUpdates()).isEmpty();
  }

  @Test
  void aCancellationReasonLongerThanTheMaximumIsRefused() {
    String tooLong = "x".repeat(Commitment.CANCELLATION_REASON_MAX + 1);

    refusal(() -> commitment.report(SEPT_1, "Se desiste.", CANCELLED, tooLong, CLOCK))
        .isEqualTo("commitment.cancellationReason.tooLong");
    assertThat(commitment.status()).isEqualTo(PLANNING);
  }

  @Test
  void aCancellationReasonWithoutCancellingIsRefused() {
    refusal(() -> commitment.report(SEPT_1, "Inicio", IN_PROGRESS, "Motivo", CLOCK))
        .isEqualTo("commitment.cancellationReason.withoutCancelling");
    refusal(() -> commitment.report(SEPT_1, "Nota", null, "Motivo", CLOCK))
        .isEqualTo("commitment.cancellationReason.withoutCancelling");
    assertThat(commitment.status()).isEqualTo(PLANNING);
    assertThat(commitment.progressUpdates()).isEmpty();
  }

  // Progress updates

  @Test
  void progressCanBeReportedWithoutAStatusChange() {
    moveTo(IN_PROGRESS);

    ProgressUpdate update =
        commitment.report(SEPT_15, "  Se atendieron   40 personas. ", null, null, CLOCK);

    assertThat(commitment.status()).isEqualTo(IN_PROGRESS);
    assertThat(update.narrative()).isEqualTo("Se atendieron 40 personas.");
    assertThat(update.date()).isEqualTo(SEPT_15);
    assertThat(update.changesStatus()).isFalse();
    assertThat(update.fromStatus()).isEmpty();
    assertThat(update.toStatus()).isEmpty();
    assertThat(update.commitment()).isSameAs(commitment);
    assertThat(commitment.lastUpdate()).containsSame(update);
  }

  @Test
  void aProgressUpdateNamesBothStatusesOrNeither() {
    assertThatThrownBy(
            () -> new ProgressUpdate(commitment, SEPT_1, "Nota", PLANNING, null, "ana.lopez"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new ProgressUpdate(commitment, SEPT_1, "Nota", null, IN_PROGRESS, "ana.lopez"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new ProgressUpdate(commitment, SEPT_1, "Nota", null, null, "ana.lopez").changesStatus())
        .isFalse();
    assertThat(
            new ProgressUpdate(commitment, SEPT_1, "Nota", PLANNING, IN_PROGRESS, "ana.lopez")
                .changesStatus())
        .isTrue();
  }

  @Test
  void aProgressUpdateRecordsWhoReportedIt() {
    ChangeAuthor.actingAs(
        "ana.lopez", () -> commitment.report(SEPT_1, "Inicio", IN_PROGRESS, null, CLOCK));
    commitment.report(SEPT_15, "Nota", null, null, CLOCK);

    assertThat(commitment.progressUpdates())
        .extracting(ProgressUpdate::author)
        .containsExactly("ana.lopez", ChangeAuthor.SYSTEM);
  }

  @Test
  void aProgressUpdateWithoutADateIsRefused() {
    refusal(() -> commitment.report(null, "Nota", null, null, CLOCK))
        .isEqualTo("commitment.progress.date.required");
  }

  @Test
  void aProgressUpdateDatedTodayInGuatemalaIsAccepted() {
    ProgressUpdate update = commitment.report(TODAY_IN_GUATEMALA, "Nota", null, null, CLOCK);

    assertThat(update.date()).isEqualTo(TODAY_IN_GUATEMALA);
  }

  @Test
  void aProgressUpdateDatedInTheFutureIsRefused() {
    // The clock reads 1 October in UTC, but it is still 30 September in Guatemala.
    LocalDate tomorrowInGuatemala = TODAY_IN_GUATEMALA.plusDays(1);

    refusal(() -> commitment.report(tomorrowInGuatemala, "Nota", IN_PROGRESS, null, CLOCK))
        .isEqualTo("commitment.progress.date.future");
    assertThat(commitment.status()).isEqualTo(PLANNING);
    assertThat(commitment.progressUpdates()).isEmpty();
  }

  @Test
  void aProgressUpdateOnTheSameDayAsThePreviousIsAccepted() {
    commitment.report(SEPT_15, "Inicio", IN_PROGRESS, null, CLOCK);

    commitment.report(SEPT_15, "Nota del mismo día", null, null, CLOCK);

    assertThat(commitment.progressUpdates())
        .extracting(ProgressUpdate::narrative)
        .containsExactly("Inicio", "Nota del mismo día");
  }

  @Test
  void aProgressUpdateDatedBeforeThePreviousIsRefused() {
    commitment.report(SEPT_15, "Inicio", IN_PROGRESS, null, CLOCK);

    refusal(() -> commitment.report(SEPT_1, "Nota atrasada", FULFILLED, null, CLOCK))
        .isEqualTo("commitment.progress.date.beforePrevious");
    assertThat(commitment.status()).isEqualTo(IN_PROGRESS);
    assertThat(commitment.progressUpdates()).hasSize(1);
  }

  @Test
  void aProgressUpdateWithoutANarrativeIsRefused() {
    refusal(() -> commitment.report(SEPT_1, "  ", IN_PROGRESS, null, CLOCK))
        .isEqualTo("commitment.progress.narrative.required");
    assertThat(commitment.status()).isEqualTo(PLANNING);
  }

  @Test
  void aNarrativeOfTheMaximumLengthIsKept() {
    ProgressUpdate update =
        commitment.report(SEPT_1, "x".repeat(ProgressUpdate.NARRATIVE_MAX), null, null, CLOCK);

    assertThat(update.narrative()).hasSize(ProgressUpdate.NARRATIVE_MAX);
  }

  @Test
  void aNarrativeLongerThanTheMaximumIsRefused() {
    String tooLong = "x".repeat(ProgressUpdate.NARRATIVE_MAX + 1);

    refusal(() -> commitment.report(SEPT_1, tooLong, null, null, CLOCK))
        .isEqualTo("commitment.progress.narrative.tooLong");
    assertThat(commitment.progressUpdates()).isEmpty();
  }

  // Overdue

  @Test
  void anOpenCommitmentPastItsTargetDateIsOverdue() {
    commitment.dueBy(LocalDate.of(2024, 9, 29));

    assertThat(commitment.isOverdue(TODAY_IN_GUATEMALA)).isTrue();
    moveTo(IN_PROGRESS);
    assertThat(commitment.isOverdue(TODAY_IN_GUATEMALA)).isTrue();
  }

  @Test
  void aCommitmentIsNotOverdueOnItsTargetDate() {
    commitment.dueBy(TODAY_IN_GUATEMALA);

    assertThat(commitment.isOverdue(TODAY_IN_GUATEMALA)).isFalse();
    assertThat(commitment.isOverdue(TODAY_IN_GUATEMALA.plusDays(1))).isTrue();
  }

  @Test
  void aCommitmentWithoutATargetDateIsNeverOverdue() {
    assertThat(commitment.isOverdue(LocalDate.of(2099, 1, 1))).isFalse();
  }

  @Test
  void aFulfilledCommitmentIsNotOverdue() {
    commitment.dueBy(LocalDate.of(2024, 6, 30));
    moveTo(FULFILLED);

    assertThat(commitment.isOverdue(TODAY_IN_GUATEMALA)).isFalse();
  }

  @Test
  void aCancelledCommitmentIsNotOverdue() {
    commitment.dueBy(LocalDate.of(2024, 6, 30));
    moveTo(CANCELLED);

    assertThat(commitment.isOverdue(TODAY_IN_GUATEMALA)).isFalse();
  }

  // Identity

  @Test
  void commitmentsAreEqualByIdentifierOnly() {
    Commitment first = Fixtures.withId(Fixtures.commitment(municipality), 9);
    Commitment sameRow = Fixtures.withId(Fixtures.commitment(acnur), 9);
    Commitment unsaved = Fixtures.commitment(municipality);

    assertThat(first).isEqualTo(sameRow).hasSameHashCodeAs(sameRow);
    assertThat(unsaved).isNotEqualTo(Fixtures.commitment(municipality)).isEqualTo(unsaved);
  }
}
