package gt.mirps.coordination.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkspaceAuthenticationTest {

  @Test
  void signingInLeadsBackOnlyToAPageOfTheWorkspace() {
    assertThat(WorkspaceAuthentication.safeDestination("/equipo/registro/index.xhtml?evento=7"))
        .contains("/equipo/registro/index.xhtml?evento=7");
    assertThat(WorkspaceAuthentication.safeDestination("/equipo/")).contains("/equipo/");
    assertThat(WorkspaceAuthentication.safeDestination("https://elsewhere.example/equipo/"))
        .isEmpty();
    assertThat(WorkspaceAuthentication.safeDestination("//elsewhere.example/equipo/")).isEmpty();
    assertThat(WorkspaceAuthentication.safeDestination("/equipo//elsewhere.example")).isEmpty();
    assertThat(WorkspaceAuthentication.safeDestination("/equipo/\\elsewhere")).isEmpty();
    assertThat(WorkspaceAuthentication.safeDestination("/equipo/\r\nSet-Cookie: x")).isEmpty();
    assertThat(WorkspaceAuthentication.safeDestination("/api/v1/events")).isEmpty();
    assertThat(WorkspaceAuthentication.safeDestination(null)).isEmpty();
  }
}
