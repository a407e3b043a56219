package nl.overheid.recordingpolicy.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import nl.overheid.recordingpolicy.contract.rest.v1.api.ContractApi;

/**
 * GET /openapi.json: the hand-written contract (openapi/openapi.json, copied into the build unchanged), served
 * byte for byte, so what callers read is what the gateway was built and tested against.
 */
@ApplicationScoped
public class OpenApiResource implements ContractApi {

    static final String RESOURCE = "/openapi/openapi.json";

    private final byte[] document = load();

    @Override
    public Response getOpenApiDocument() {
        return Answers.ok(document);
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
