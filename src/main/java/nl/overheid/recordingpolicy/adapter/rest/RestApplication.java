package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** NL API Design Rules: the major version is part of the URI. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {

    /** The contract version (openapi.json info.version), sent in the API-Version header of every response. */
    public static final String API_VERSION = "1.5.0";
}
