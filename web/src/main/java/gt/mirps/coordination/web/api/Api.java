package gt.mirps.coordination.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}: anonymous read-only open data, and the badge scanners' calls
 * with HTTP Basic; see docs/api.md. Its OpenAPI document is served at {@code /openapi}, with a UI
 * at {@code /openapi/ui}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "MIRPS Coordination API",
            version = "1",
            description =
                "Open data of Guatemala's MIRPS national technical team (communiqués, events'"
                    + " public facts, institutions, Solidarity Cities, commitments): anonymous,"
                    + " read-only, paged (page from 0, size 1-100), with ETag, Link headers and"
                    + " CORS. People appear only with their consent, never with contact details."
                    + " The check-in calls need HTTP Basic as a coordinator. / Datos abiertos del"
                    + " equipo técnico nacional del MIRPS en Guatemala."))
@SecurityScheme(
    securitySchemeName = Api.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "The workspace's username and password; the coordinator role or one including it")
public class Api extends Application {

  /** The name of the HTTP Basic scheme in the OpenAPI document. */
  static final String BASIC = "basic";
}
