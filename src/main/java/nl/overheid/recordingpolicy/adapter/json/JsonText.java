package nl.overheid.recordingpolicy.adapter.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * JSON-B for the REST answers and for what the gateway stores (decision-log requests and responses, idempotent
 * answers, through {@link JsonbRecordJson}). One instance serves all (it is thread-safe and costly to create); absent values are left out, as in the contracts.
 */
public final class JsonText {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonText() {
    }

    /** The shared instance, also for the REST adapter's JSON-B provider. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    public static String write(Object value) {
        return JSONB.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
