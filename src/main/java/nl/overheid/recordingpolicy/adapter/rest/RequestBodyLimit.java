package nl.overheid.recordingpolicy.adapter.rest;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;

/**
 * The largest JSON request body the REST API reads: {@code gateway.rest.max-body-bytes} (system property) or
 * GATEWAY_REST_MAX_BODY_BYTES, default 64 KiB. A legitimate body is a few hundred bytes; the limit keeps a caller
 * from making the gateway hold megabytes per request. A larger body is answered 413 before it is parsed.
 */
@ApplicationScoped
public class RequestBodyLimit {

    public static final String PROPERTY = "gateway.rest.max-body-bytes";
    public static final String ENV = "GATEWAY_REST_MAX_BODY_BYTES";
    public static final int DEFAULT_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(RequestBodyLimit.class.getName());

    private int bytes = DEFAULT_BYTES;

    /** Read at start-up, so that a malformed setting stops the deployment rather than the first request. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        bytes = GatewayConfiguration.wholeNumberSetting(PROPERTY, ENV, DEFAULT_BYTES, 1024);
        LOG.info(() -> "REST request bodies are limited to " + bytes + " bytes");
    }

    public int bytes() {
        return bytes;
    }
}
