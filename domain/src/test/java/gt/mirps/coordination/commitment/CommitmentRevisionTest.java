package gt.mirps.coordination.commitment;

import static gt.mirps.coordination.commitment.Fixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gt.mirps.coordination.audit.AuditEntry;
import gt.mirps.coordination.audit.Auditor;
import gt.mirps.coordination.audit.RecordingAuditTrail;
import gt.mirps.coordination.event.Event;
import gt.mirps.coordination.institution.Institution;
import gt.mirps.coordination.shared.ConcurrentChange;
import gt.mirps.coordination.shared.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentRevisionTest {

  private final InMemoryCommitments commitments = new InMemoryCommitments();
  private final RecordingAuditTrail trail = new RecordingAuditTrail();
  private final CommitmentRegister register =
      new CommitmentRegister(commitments, new Auditor(trail, CLOCK), CLOCK);

  private final Institution municipality = Fixtures.institution("Municipalidad de Guatemala", 1);
  private final Institution acnur = Fixtures.institution("ACNUR", 2);
  private final Institution oim = Fixtures.institution("OIM", 3);
  private final Event conference = Fixtures.conference(7);

  private CommitmentDetails details(String title, List<Institution> cosponsors) {
    return new CommitmentDetails(
        title,
        "Atención en el centro histórico",
        conference,
        CommitmentType.TECHNICAL,
        ThematicArea.PROTECTION,
        LocalDate.of(2025, 6, 30),
        cosponsors);
  }

  @Test
  void recordingFromTheFormKeepsEveryFactAndTheCosponsors() {
    Commitment c = register.record(municipality, details("Segunda ventanilla", List.of(acnur)));

    Commitment kept = register.find(c.id()).orElseThrow();
    assertThat(kept.title()).isEqualTo("Segunda ventanilla");
    assertThat(kept.description()).contains("Atención en el centro histórico");
    assertThat(kept.event()).contains(conference);
    assertThat(kept.targetDate()).contains(LocalDate.of(2025, 6, 30));
    assertThat(kept.cosponsors()).containsExactly(acnur);
    assertThat(kept.status()).isEqualTo(CommitmentStatus.PLANNING);
    assertThat(trail.of("Commitment", c.id()))
        .extracting(AuditEntry::action)
        .containsExactly("recorded");
  }

  @Test
  void revisingChangesTheFactsAndReplacesTheCosponsors() {
    long id = register.record(municipality, details("Segunda ventanilla", List.of(acnur))).id();

    register.revise(
        id,
        0,
        new CommitmentDetails(
            "Tercera ventanilla",
            null,
            null,
            CommitmentType.FINANCIAL,
            ThematicArea.HEALTH,
            null,
            List.of(oim)));

    Commitment kept = register.find(id).orElseThrow();
    assertThat(kept.title()).isEqualTo("Tercera ventanilla");
    assertThat(kept.description()).isEmpty();
    assertThat(kept.event()).isEmpty();
    assertThat(kept.targetDate()).isEmpty();
    assertThat(kept.type()).isEqualTo(CommitmentType.FINANCIAL);
    assertThat(kept.area()).isEqualTo(ThematicArea.HEALTH);
    assertThat(kept.cosponsors()).containsExactly(oim);
    assertThat(kept.submitter()).isEqualTo(municipality);
    assertThat(trail.of("Commitment", id))
        .extracting(AuditEntry::action)
        .containsExactly("recorded", "revised");
  }

  @Test
  void aRevisionFromAStaleFormIsRefused() {
    long id = register.record(municipality, details("Segunda ventanilla", List.of())).id();

    assertThatThrownBy(() -> register.revise(id, 3, details("Otro título", List.of())))
        .isInstanceOf(ConcurrentChange.class);
    assertThat(register.find(id).orElseThrow().title()).isEqualTo("Segunda ventanilla");
  }

  @Test
  void aRefusedRevisionLeavesTheCommitmentAsItWas() {
    long id = register.record(municipality, details("Segunda ventanilla", List.of(acnur))).id();

    assertThatThrownBy(
            () -> register.revise(id, 0, details("Otro título", List.of(oim, municipality))))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "commitment.cosponsor.submitter");
    assertThatThrownBy(() -> register.revise(id, 0, details(" ", List.of())))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "commitment.title.required");

    Commitment kept = register.find(id).orElseThrow();
    assertThat(kept.title()).isEqualTo("Segunda ventanilla");
    assertThat(kept.cosponsors()).containsExactly(acnur);
    assertThat(trail.of("Commitment", id))
        .extracting(AuditEntry::action)
        .containsExactly("recorded");
  }
}
