package gt.mirps.coordination.participation;

import java.util.List;

/**
 * The events an institution or a person took part in, latest first, a page at a time: each page
 * comes with its events in one query.
 */
public interface ParticipationHistory {

  /** Participations naming the institution (its delegations and the people representing it). */
  List<Participation> ofInstitution(long institutionId, int first, int max);

  long countOfInstitution(long institutionId);

  List<Participation> ofPerson(long personId, int first, int max);

  long countOfPerson(long personId);
}
