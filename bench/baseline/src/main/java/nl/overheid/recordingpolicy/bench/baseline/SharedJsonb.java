package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One Jsonb for every answer, as the gateway has (its adapter.rest.SharedJsonb): without it RESTEasy builds a new
 * Jsonb per response, and the echo would be slower than the gateway's own JSON.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
