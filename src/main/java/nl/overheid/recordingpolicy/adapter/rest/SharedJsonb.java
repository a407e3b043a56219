package nl.overheid.recordingpolicy.adapter.rest;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import nl.overheid.recordingpolicy.adapter.json.JsonText;

/**
 * Without a ContextResolver for Jsonb, RESTEasy's JSON-B provider wraps a new Jsonb for every response, and Yasson
 * rebuilds its model of every class it meets each time: the benchmark showed JSON costing several times the
 * request itself. One shared, thread-safe instance keeps those models for the life of the application.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return JsonText.jsonb();
    }
}
