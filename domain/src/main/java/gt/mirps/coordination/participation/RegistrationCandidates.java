package gt.mirps.coordination.participation;

import gt.mirps.coordination.institution.Institution;
import java.util.List;

/** Who can be registered at an event, found by part of a name as someone types it. */
public interface RegistrationCandidates {

  /**
   * People whose name contains {@code text} (accents and case aside), with their current post, by
   * name; at most {@code max}.
   */
  List<PersonCandidate> people(String text, int max);

  /**
   * Institutions whose name, acronym or an alias contains {@code text} (accents and case aside), by
   * name; at most {@code max}.
   */
  List<Institution> institutions(String text, int max);
}
