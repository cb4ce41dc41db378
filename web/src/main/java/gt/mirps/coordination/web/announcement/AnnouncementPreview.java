package gt.mirps.coordination.web.announcement;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A communiqué in any state shown as the public will read it once published ({@code
 * vista-previa.xhtml?id=N}), through the same piece of page as the public site.
 */
@Named
@RequestScoped
public class AnnouncementPreview {

  @Inject private AnnouncementDesk desk;

  private Long id;
  private Announcement announcement;

  /** Opens the communiqué named by {@code ?id=}; answers 404 when there is none. */
  public void load() throws IOException {
    announcement = id == null ? null : desk.find(id).orElse(null);
    if (announcement == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
    }
  }

  public Announcement getAnnouncement() {
    return announcement;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
