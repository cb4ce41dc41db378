package gt.mirps.coordination.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API for badge scanners and other programs, under {@code /api}; see docs/api.md. */
@ApplicationPath("api")
public class Api extends Application {}
