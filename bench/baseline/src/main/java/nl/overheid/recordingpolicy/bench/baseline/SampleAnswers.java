package nl.overheid.recordingpolicy.bench.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** A real answer of the gateway, kept as a JSON resource of this WAR, read once into the echo's answer type. */
final class SampleAnswers {

    private SampleAnswers() {
    }

    static <T> T load(String resource, Class<T> type) {
        try (InputStream json = SampleAnswers.class.getResourceAsStream("/" + resource);
             Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(resource + " cannot be read", e);
        }
    }
}
