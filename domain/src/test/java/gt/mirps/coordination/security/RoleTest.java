package gt.mirps.coordination.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void aManagerMayDoWhatATeamMemberAndACoordinatorMay() {
    assertThat(Role.effective(List.of(Role.MANAGER)))
        .containsExactlyInAnyOrder(Role.MANAGER, Role.TEAM_MEMBER, Role.COORDINATOR);
  }

  @Test
  void aTeamMemberMayDoWhatACoordinatorMayButNotWhatAManagerMay() {
    assertThat(Role.effective(List.of(Role.TEAM_MEMBER)))
        .containsExactlyInAnyOrder(Role.TEAM_MEMBER, Role.COORDINATOR);
  }

  @Test
  void aCoordinatorHoldsOnlyTheirOwnRole() {
    assertThat(Role.effective(List.of(Role.COORDINATOR))).containsExactly(Role.COORDINATOR);
  }

  @Test
  void anAdministratorManagesAccountsOnlyUnlessGivenASecondRole() {
    assertThat(Role.effective(List.of(Role.ADMINISTRATOR))).containsExactly(Role.ADMINISTRATOR);
    assertThat(Role.effective(List.of(Role.ADMINISTRATOR, Role.COORDINATOR)))
        .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.COORDINATOR);
  }
}
