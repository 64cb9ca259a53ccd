package org.vigia.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API: JSON under {@code /api/v1}, HTTP Basic with Vigia accounts, OpenAPI at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Vigia API", version = "1",
        description = "eCRF and adverse-event capture for oncology trials. Errors are {\"error\", \"message\"}."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
