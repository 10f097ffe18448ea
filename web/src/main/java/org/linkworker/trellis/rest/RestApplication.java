package org.linkworker.trellis.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The REST API under {@code /api}; resources and exception mappers are found by scanning. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Trellis API",
            version = "0.1.0",
            description =
                "The competency framework and code of practice for social prescribing link workers,"
                    + " and (as they arrive) courses, CPD portfolios, gap reports and staff"
                    + " coverage. JSON in and out; every error is application/problem+json with"
                    + " status, title, detail and errors [{field, message}]."),
    tags =
        @Tag(name = "Frameworks", description = "Competency framework versions, whole or as CASE"))
public class RestApplication extends Application {}
