package gt.mirps.coordination.web.publicsite;

import gt.mirps.coordination.announcement.Announcement;
import gt.mirps.coordination.announcement.AnnouncementDesk;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The public page of one published communiqué ({@code /comunicados/{slug}}). Drafts, communiqués in
 * review and archived ones answer 404: the public list and page show only what is published now.
 */
@Named
@RequestScoped
public class CommuniquePage {

  @Inject private AnnouncementDesk desk;

  private String slug;
  private Announcement announcement;

  /** Opens the communiqué named by {@code ?slug=}; answers 404 unless it is published. */
  public void load() throws IOException {
    Optional<Announcement> found = slug == null ? Optional.empty() : desk.findPublished(slug);
    if (found.isEmpty()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    announcement = found.get();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Announcement getAnnouncement() {
    return announcement;
  }
}
