package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** NL API Design Rules: the major version is part of the URI. */
@ApplicationPath(RestApplication.BASE_PATH)
public class RestApplication extends Application {

    /** Where the API answers, for references that name a path of it (e.g. a policy version). */
    public static final String BASE_PATH = "/api/v1";

    /** The contract version (openapi.json info.version), sent in the API-Version header of every response. */
    public static final String API_VERSION = "1.6.0";
}
