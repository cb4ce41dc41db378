package gt.mirps.coordination.web.commitment;

import gt.mirps.coordination.commitment.Commitment;
import gt.mirps.coordination.commitment.CommitmentRegister;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The commitments made at an event, for the event page's tab. */
@Named
@RequestScoped
public class EventCommitments {

  @Inject private CommitmentRegister register;

  private final Map<Long, List<Commitment>> byEvent = new HashMap<>();

  public List<Commitment> of(Long eventId) {
    return eventId == null ? List.of() : byEvent.computeIfAbsent(eventId, register::ofEvent);
  }

  public boolean overdue(Commitment commitment) {
    return commitment.isOverdue(register.today());
  }
}
