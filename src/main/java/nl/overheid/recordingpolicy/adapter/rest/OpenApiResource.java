package nl.overheid.recordingpolicy.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /openapi.json: the hand-written contract (openapi/openapi.json, copied into the build unchanged), served
 * byte for byte, so what callers read is what the gateway was built and tested against.
 */
@Path("openapi.json")
@ApplicationScoped
public class OpenApiResource {

    static final String RESOURCE = "/openapi/openapi.json";

    private final byte[] document = load();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] document() {
        return document;
    }

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
